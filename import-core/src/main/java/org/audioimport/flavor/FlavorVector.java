package org.audioimport.flavor;

import java.util.Arrays;

/**
 * How a file or a passage sounds, as {@value #DIMENSION} float32 values; nearer in cosine
 * distance means more alike. Immutable: the array is copied in and out.
 *
 * <p>Layout of version {@value #VERSION}. Each value is a descriptor standardised to about [-1,
 * 1] (clamped to [-3, 3]) by fixed constants, then weighted by {@code 1 / sqrt(n)} where n is the
 * size of its group, so each of the eight groups counts the same in a distance:
 *
 * <table>
 * <caption>Flavor vector layout, version 4</caption>
 * <tr><th>index</th><th>group (n)</th><th>descriptor</th></tr>
 * <tr><td>0-12</td><td>cepstrum (26)</td><td>mean of MFCC 1..13 over the non-silent frames</td></tr>
 * <tr><td>13-25</td><td>cepstrum</td><td>standard deviation of MFCC 1..13</td></tr>
 * <tr><td>26, 27</td><td>spectrum (12)</td><td>spectral centroid: mean, deviation</td></tr>
 * <tr><td>28, 29</td><td>spectrum</td><td>85% spectral rolloff: mean, deviation</td></tr>
 * <tr><td>30, 31</td><td>spectrum</td><td>spectral flatness (dB): mean, deviation</td></tr>
 * <tr><td>32-35</td><td>spectrum</td><td>mean spectral contrast in 20-250 Hz, 250-1000 Hz, 1-4 kHz, 4-8 kHz</td></tr>
 * <tr><td>36, 37</td><td>spectrum</td><td>zero-crossing rate: mean, deviation</td></tr>
 * <tr><td>38, 39</td><td>rhythm (5)</td><td>tempo as a point on a circle, one turn per octave:
 *     cos and sin of 2π log2(BPM / 120); octave errors (70 vs 140 BPM) do not move it</td></tr>
 * <tr><td>40</td><td>rhythm</td><td>pulse clarity: onset autocorrelation at the tempo</td></tr>
 * <tr><td>41</td><td>rhythm</td><td>onsets per second</td></tr>
 * <tr><td>42</td><td>rhythm</td><td>mean onset strength (spectral flux)</td></tr>
 * <tr><td>43-48</td><td>harmony (8)</td><td>magnitudes 1..6 of the DFT of the mean chroma (the same in every key)</td></tr>
 * <tr><td>49</td><td>harmony</td><td>key strength: best Krumhansl-Kessler profile correlation</td></tr>
 * <tr><td>50</td><td>harmony</td><td>mode: best major minus best minor correlation</td></tr>
 * <tr><td>51</td><td>dynamics (3)</td><td>mean loudness (dBFS of 20 Hz-8 kHz)</td></tr>
 * <tr><td>52</td><td>dynamics</td><td>loudness deviation across frames (93 ms)</td></tr>
 * <tr><td>53</td><td>dynamics</td><td>loudness deviation across seconds</td></tr>
 * <tr><td>54-65</td><td>spectral pattern (12)</td><td>mean level of each of 12 groups of neighbouring mel
 *     bands against the frame's mean level, over the non-silent frames (dB), lowest group first</td></tr>
 * <tr><td>66-101</td><td>fluctuation pattern (36)</td><td>logarithmic fluctuation pattern: per modulation
 *     band (6, log-spaced 0.5-10.5 Hz) and pair of band groups (6), log(1 + the median over blocks of 5.9 s
 *     of the groups' level modulation)</td></tr>
 * <tr><td>102-104</td><td>loudness percentiles (3)</td><td>10th, 50th and 90th percentile of the non-silent
 *     frames' loudness (dBFS)</td></tr>
 * </table>
 *
 * <p>All of it from mono audio resampled to 22,050 Hz, frames of 2048 with a hop of 1024, Hann
 * window, the band 20 Hz to 8 kHz. The offsets and scales are in {@code FlavorLayout}.
 *
 * @param version the algorithm version that computed it; only vectors of comparable versions compare (see
 *     {@link #OLDEST_COMPARABLE})
 * @param values  the values; copied
 */
public record FlavorVector(int version, float[] values) implements FlavorOutcome {

    /**
     * Version of the algorithm and layout. Any change to either bumps it. Version 2 kept version 1's
     * layout and descriptors (only their rounding moved). Version 3 adds two block-level groups, the
     * spectral pattern and the logarithmic fluctuation pattern (values 54-101), which raised album
     * precision on both evaluation sets (docs/benchmarks.md), and is measured on the unclipped float
     * decode (16-bit sources give what the 16-bit decode gave; lossy files above full scale and 24-bit
     * sources differ slightly). Version 4 adds the percentiles of the frames' loudness (values
     * 102-104), which raised album precision on the evaluation set it was tuned on and did not lower it
     * on the 100-file set (docs/benchmarks.md). Version 5 computes version 4's descriptors with its own
     * FFT ({@code RealFft}): the values move by rounding alone (at most 3.5e-5, and a cosine distance at most
     * 1e-5, on the real-music sets, where every file's five nearest stay the same, in the same order), so
     * its vectors compare with version 4's.
     */
    public static final int VERSION = 5;

    /**
     * The oldest version whose vectors compare with this version's: what differs since is rounding. A
     * file described by any version from it on is not described again, and the similarity index holds
     * their vectors together.
     */
    public static final int OLDEST_COMPARABLE = 4;

    /** Number of values of a vector of this {@link #VERSION}. */
    public static final int DIMENSION = 105;

    public FlavorVector {
        if (version <= 0) {
            throw new IllegalArgumentException("version must be positive: " + version);
        }
        values = values.clone();
        if (isCurrent(version) && values.length != DIMENSION) {
            throw new IllegalArgumentException(
                    "a version " + version + " vector has " + DIMENSION + " values, not " + values.length);
        }
        for (float v : values) {
            if (!Float.isFinite(v)) {
                throw new IllegalArgumentException("flavor values must be finite: " + Arrays.toString(values));
            }
        }
    }

    /** Whether a vector of {@code version} compares with this version's (null: there is none). */
    public static boolean isCurrent(Integer version) {
        return version != null && version >= OLDEST_COMPARABLE && version <= VERSION;
    }

    /** A copy of the values. */
    @Override
    public float[] values() {
        return values.clone();
    }

    /** Value {@code i}. */
    public float value(int i) {
        return values[i];
    }

    /** Number of values. */
    public int dimension() {
        return values.length;
    }

    /**
     * Cosine distance, 0 (same direction) to 2 (opposite). 1 when either vector is all zeros.
     *
     * @throws IllegalArgumentException the vectors are of versions that do not compare
     */
    public double cosineDistance(FlavorVector other) {
        boolean comparable = other.version == version || (isCurrent(version) && isCurrent(other.version));
        if (!comparable || other.values.length != values.length) {
            throw new IllegalArgumentException("cannot compare flavor version " + version + " with " + other.version);
        }
        return cosineDistance(values, other.values);
    }

    /**
     * Cosine distance of two vectors of values of the same length, as the similarity index measures it: 0
     * (same direction) to 2 (opposite), 1 when either is all zeros.
     */
    public static double cosineDistance(float[] a, float[] b) {
        double dot = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            aa += (double) a[i] * a[i];
            bb += (double) b[i] * b[i];
        }
        return aa == 0 || bb == 0 ? 1 : 1 - dot / Math.sqrt(aa * bb);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FlavorVector that && version == that.version && Arrays.equals(values, that.values);
    }

    @Override
    public int hashCode() {
        return 31 * version + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "FlavorVector[v" + version + ", " + Arrays.toString(values) + "]";
    }
}
