package org.audioimport.flavor;

import static org.audioimport.flavor.FrameAnalyzer.BIN_HZ;

import java.util.Arrays;

/**
 * Chroma from spectral peaks, {@value #FMIN_HZ} Hz to {@value #FMAX_HZ} Hz: each local maximum of the
 * power spectrum is placed at its interpolated frequency (a parabola through the log powers of the peak
 * bin and its neighbours) and its power goes to that frequency's pitch class. Then the strongest class
 * is scaled to 1. Bins alone would not do: at 10.8 Hz a bin, a note's window spreads over the next
 * semitone's bins below 500 Hz, by an amount that depends on the key.
 *
 * <p>Preallocated: {@link #measure} allocates nothing. Not thread-safe.
 */
final class PeakChroma {
    static final double FMIN_HZ = 196; // G3: below, neighbouring semitones share a peak
    static final double FMAX_HZ = 5000;
    private static final int FIRST_BIN = (int) Math.ceil(FMIN_HZ / BIN_HZ);
    private static final int LAST_BIN = (int) Math.floor(FMAX_HZ / BIN_HZ);
    private static final double LN2 = Math.log(2);

    private final double[] chroma = new double[12];
    /** Per bin, the pitch class of every peak in it, or -1 when it depends on the peak's offset. */
    private final byte[] binClass = new byte[LAST_BIN + 1];
    /** The bins that hold a peak, in order: scratch for {@link #measure}. */
    private final int[] peaks = new int[LAST_BIN - FIRST_BIN + 2];

    PeakChroma() {
        for (int k = FIRST_BIN; k <= LAST_BIN; k++) {
            binClass[k] = (byte) fixedPitchClass(k);
        }
    }

    /** Writes the 12 pitch classes' shares of {@code power}'s peaks into {@code features} from {@code at}. */
    void measure(double[] power, float[] features, int at) {
        Arrays.fill(chroma, 0);
        // The peaks are found first without a branch (every bin's index is written, and the count
        // moves on only past a peak): in music, whether a bin is a peak is a coin toss that a branch
        // would mispredict. Then they are taken in the same order as bin by bin.
        int count = 0;
        for (int k = FIRST_BIN; k <= LAST_BIN; k++) {
            double p = power[k];
            peaks[count] = k;
            int notPeak = (p <= power[k - 1] ? 1 : 0) | (p < power[k + 1] ? 1 : 0) | (p <= 0 ? 1 : 0);
            count += notPeak ^ 1;
        }
        for (int i = 0; i < count; i++) {
            int k = peaks[i];
            double p = power[k];
            if (binClass[k] >= 0) {
                chroma[binClass[k]] += p;
                continue;
            }
            double left = Math.log(power[k - 1] + 1e-30);
            double centre = Math.log(p);
            double right = Math.log(power[k + 1] + 1e-30);
            double curve = left - 2 * centre + right;
            double offset = curve < 0 ? Math.max(-0.5, Math.min(0.5, 0.5 * (left - right) / curve)) : 0;
            chroma[pitchClass(semitones(k, offset))] += p;
        }
        double max = 0;
        for (double c : chroma) {
            max = Math.max(max, c);
        }
        for (int i = 0; i < 12; i++) {
            features[at + i] = max > 0 ? (float) (chroma[i] / max) : 0f;
        }
    }

    /**
     * The pitch class of every peak in bin {@code k}, or -1 when it depends on where in the bin the
     * peak lies. The offset is clamped to half a bin and the semitone rises with it, so when both
     * ends of the bin round to one semitone, clear of the rounding boundary by far more than any
     * rounding error, so does every peak in it: above about 1 kHz most bins, whose peaks then need
     * none of the interpolation's four logarithms.
     */
    private static int fixedPitchClass(int k) {
        double low = semitones(k, -0.5);
        double high = semitones(k, 0.5);
        boolean fixed = Math.round(low) == Math.round(high) && clearOfHalf(low) && clearOfHalf(high);
        return fixed ? pitchClass(low) : -1;
    }

    private static boolean clearOfHalf(double semitones) {
        return Math.abs(semitones - Math.floor(semitones) - 0.5) > 1e-9;
    }

    /** MIDI note number (fractional) of bin {@code k} plus {@code offset} bins. */
    private static double semitones(int k, double offset) {
        return 12 * Math.log((k + offset) * BIN_HZ / 440) / LN2 + 69;
    }

    private static int pitchClass(double semitones) {
        return (int) Math.floorMod(Math.round(semitones), 12L);
    }
}
