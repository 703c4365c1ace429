package org.audioimport.flavor;

import java.util.Arrays;
import org.jtransforms.fft.FloatFFT_1D;

/**
 * Describes one analysis frame: {@value #FRAME} mono samples at {@value #RATE} Hz (93 ms), Hann
 * window, FFT. Gives the frame's short-term features and its onset strength. Only the band from
 * {@value #FMIN_HZ} Hz to {@value #FMAX_HZ} Hz of the spectrum is used: below what every lossy
 * encoder keeps, and below what the resampler lets alias.
 *
 * <p>Everything is preallocated: {@link #analyse} allocates nothing. Not thread-safe.
 */
final class FrameAnalyzer {

    static final int RATE = 22_050;
    static final int FRAME = 2048;
    static final int HOP = 1024;
    static final double HOP_SECONDS = (double) HOP / RATE;
    static final double FMIN_HZ = 20;
    static final double FMAX_HZ = 8000;
    static final double BIN_HZ = (double) RATE / FRAME;
    static final int K_LO = (int) Math.ceil(FMIN_HZ / BIN_HZ);
    static final int K_HI = (int) Math.floor(FMAX_HZ / BIN_HZ);

    /** Frames whose band power (mean square) is below -60 dBFS are silent: no features. */
    static final double SILENT_POWER = 1e-6;

    static final int MEL_BANDS = 40;
    /**
     * Groups of neighbouring mel bands whose levels are kept per hop for the block-level patterns:
     * 40 bands in 12 groups, the first {@code 40 mod 12} of 4 bands, the others of 3.
     */
    static final int BAND_GROUPS = 12;

    static final int MFCCS = 13;
    static final double[] CONTRAST_EDGES_HZ = {FMIN_HZ, 250, 1000, 4000, FMAX_HZ};
    static final int CONTRAST_BANDS = CONTRAST_EDGES_HZ.length - 1;
    static final double CHROMA_FMIN_HZ = 196; // G3: below, neighbouring semitones share a peak
    static final double CHROMA_FMAX_HZ = 5000;
    private static final int CHROMA_FIRST_BIN = (int) Math.ceil(CHROMA_FMIN_HZ / BIN_HZ);
    private static final int CHROMA_LAST_BIN = (int) Math.floor(CHROMA_FMAX_HZ / BIN_HZ);
    private static final double LN2 = Math.log(2);
    /** Share of a contrast band taken as its peak, and as its valley. */
    private static final double CONTRAST_QUANTILE = 0.2;
    /** Spectral floor, relative to the mean bin power: spectral holes a codec leaves stop at -50 dB. */
    private static final double FLOOR_RELATIVE = 1e-5;
    /**
     * Mel band floor, relative to the frame's power (-60 dB): a band that holds only 16-bit
     * quantisation noise or what a codec left must not steer the cepstrum, nor make it change
     * with the playback gain.
     */
    private static final double MEL_FLOOR_RELATIVE = 1e-6;
    /**
     * A mel band's rise in one hop counts up to this much: sound after silence is one onset, not
     * a spike that drowns the others.
     */
    private static final double MAX_BAND_RISE_DB = 20;

    // Feature indices of a frame's features, as accumulated.
    static final int LOUDNESS = 0;
    static final int ZCR = 1;
    static final int CENTROID = 2;
    static final int ROLLOFF = 3;
    static final int FLATNESS = 4;
    static final int CONTRAST = 5;
    static final int MFCC = CONTRAST + CONTRAST_BANDS;
    static final int CHROMA = MFCC + MFCCS;
    static final int FEATURES = CHROMA + 12;

    private final FloatFFT_1D fft = new FloatFFT_1D(FRAME);
    private final float[] window = new float[FRAME];
    private final double powerScale;
    private final float[] spectrum = new float[FRAME];
    private final double[] power = new double[K_HI + 1];
    private final double[] scratch = new double[K_HI + 1];
    private final int[] contrastEdges = new int[CONTRAST_BANDS + 1];
    private final int[] melFirstBin = new int[MEL_BANDS];
    private final int[] melWeightStart = new int[MEL_BANDS + 1];
    private final double[] melWeights;
    private final double[] dct = new double[MFCCS * MEL_BANDS];
    private final double[] mel = new double[MEL_BANDS];
    private final double[] previousMel = new double[MEL_BANDS];
    private final double[] chroma = new double[12];
    /** Per chroma bin, the pitch class of every peak in it, or -1 when it depends on the peak's offset. */
    private final byte[] binClass = new byte[CHROMA_LAST_BIN + 1];

    private final float[] groupLevels = new float[BAND_GROUPS];
    private boolean hasPrevious;
    private float onset;

    FrameAnalyzer() {
        double windowSquares = 0;
        for (int i = 0; i < FRAME; i++) {
            window[i] = (float) (0.5 - 0.5 * Math.cos(2 * Math.PI * i / FRAME));
            windowSquares += (double) window[i] * window[i];
        }
        // Parseval: the one-sided band powers add up to the frame's (windowed) mean square.
        powerScale = 2.0 / (FRAME * windowSquares);
        for (int b = 0; b <= CONTRAST_BANDS; b++) {
            contrastEdges[b] = Math.min(K_HI + 1, (int) Math.ceil(CONTRAST_EDGES_HZ[b] / BIN_HZ));
        }
        contrastEdges[CONTRAST_BANDS] = K_HI + 1;
        melWeights = melFilterbank();
        for (int k = CHROMA_FIRST_BIN; k <= CHROMA_LAST_BIN; k++) {
            binClass[k] = (byte) fixedPitchClass(k);
        }
        for (int c = 0; c < MFCCS; c++) {
            for (int b = 0; b < MEL_BANDS; b++) {
                // Orthonormal DCT-II, coefficients 1..13 (0, the overall level, is left to loudness).
                dct[c * MEL_BANDS + b] =
                        Math.sqrt(2.0 / MEL_BANDS) * Math.cos(Math.PI * (c + 1) * (b + 0.5) / MEL_BANDS);
            }
        }
    }

    /** Forgets the previous frame: the next one starts a new stream. */
    void reset() {
        hasPrevious = false;
    }

    /** The last frame's log mel band powers, dB (read only; overwritten by the next frame). */
    double[] melBands() {
        return mel;
    }

    /**
     * The last frame's level in each of {@value #BAND_GROUPS} groups of neighbouring mel bands (the
     * mean of their dB), lowest first; set for silent frames too. Read only; overwritten by the next
     * frame.
     */
    float[] groupLevels() {
        return groupLevels;
    }

    /** Onset strength of the last frame: the mean rise of its log mel bands over the frame before, dB. */
    float onset() {
        return onset;
    }

    /**
     * Analyses {@code frame} (read only) and writes its {@value #FEATURES} features into {@code
     * features}. Returns false when the frame is silent: then only {@link #onset()} is set.
     */
    boolean analyse(float[] frame, float[] features) {
        int zeroCrossings = 0;
        for (int i = 0; i < FRAME; i++) {
            spectrum[i] = frame[i] * window[i];
            if (i > 0 && (frame[i] >= 0) != (frame[i - 1] >= 0)) {
                zeroCrossings++;
            }
        }
        fft.realForward(spectrum);
        double total = 0;
        power[0] = spectrum[0] * (double) spectrum[0] * powerScale / 2;
        for (int k = 1; k <= K_HI; k++) {
            double re = spectrum[2 * k];
            double im = spectrum[2 * k + 1];
            power[k] = (re * re + im * im) * powerScale;
            if (k >= K_LO) {
                total += power[k];
            }
        }
        melBands(total);
        if (total < SILENT_POWER) {
            return false;
        }
        features[LOUDNESS] = (float) (10 * Math.log10(total));
        features[ZCR] = (float) (zeroCrossings * (double) RATE / (FRAME - 1));
        shape(total, features);
        contrast(total, features);
        for (int c = 0; c < MFCCS; c++) {
            double sum = 0;
            for (int b = 0, at = c * MEL_BANDS; b < MEL_BANDS; b++) {
                sum += dct[at + b] * mel[b];
            }
            features[MFCC + c] = (float) sum;
        }
        chroma(features);
        return true;
    }

    /** Centroid and rolloff (of the magnitude spectrum, in Hz) and flatness (of the power spectrum, in dB). */
    private void shape(double total, float[] features) {
        double floor = FLOOR_RELATIVE * total / (K_HI - K_LO + 1);
        double magnitudes = 0;
        double weighted = 0;
        double logs = 0;
        double product = 1;
        for (int k = K_LO; k <= K_HI; k++) {
            double magnitude = Math.sqrt(power[k]);
            scratch[k] = magnitude;
            magnitudes += magnitude;
            weighted += magnitude * k;
            // One log per 16 bins, of their product: a non-silent frame puts every factor above
            // 1e-14 (the floor), so 16 of them stay far from underflow.
            product *= power[k] + floor;
            if ((k - K_LO) % 16 == 15) {
                logs += Math.log(product);
                product = 1;
            }
        }
        logs += Math.log(product);
        int bins = K_HI - K_LO + 1;
        features[CENTROID] = (float) (weighted / magnitudes * BIN_HZ);
        double target = 0.85 * magnitudes;
        double running = 0;
        int k = K_LO;
        while (k < K_HI && (running += scratch[k]) < target) {
            k++;
        }
        features[ROLLOFF] = (float) (k * BIN_HZ);
        double arithmetic = total / bins + floor;
        features[FLATNESS] = (float) (10 / Math.log(10) * (logs / bins - Math.log(arithmetic)));
    }

    /** Spectral contrast per band: mean power of its loudest fifth of bins over its quietest fifth, in dB. */
    private void contrast(double total, float[] features) {
        double floor = FLOOR_RELATIVE * total / (K_HI - K_LO + 1);
        for (int b = 0; b < CONTRAST_BANDS; b++) {
            int from = Math.max(K_LO, contrastEdges[b]);
            int to = contrastEdges[b + 1];
            int n = to - from;
            System.arraycopy(power, from, scratch, 0, n);
            int q = Math.max(1, (int) Math.round(n * CONTRAST_QUANTILE));
            // Two selections instead of a sort: Arrays.sort allocates run buffers on every call.
            select(scratch, 0, n, q - 1);
            select(scratch, q, n, n - q);
            double valley = 0;
            double peak = 0;
            for (int i = 0; i < q; i++) {
                valley += scratch[i];
                peak += scratch[n - 1 - i];
            }
            features[CONTRAST + b] = (float) (10 * Math.log10((peak / q + floor) / (valley / q + floor)));
        }
    }

    /**
     * Rearranges {@code a[from, to)} so that {@code a[k]} holds the value it would hold sorted,
     * with no greater value before it and no smaller one after. Quickselect with a median-of-three
     * pivot and a branch-free partition: spectral powers come in random order, so a partition that
     * branches on each comparison mispredicts half of them, and this one runs about three times
     * faster on the contrast bands.
     */
    static void select(double[] a, int from, int to, int k) {
        int lo = from;
        int hi = to - 1;
        while (hi > lo) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < a[lo]) {
                swap(a, mid, lo);
            }
            if (a[hi] < a[lo]) {
                swap(a, hi, lo);
            }
            if (a[hi] < a[mid]) {
                swap(a, hi, mid);
            }
            swap(a, mid, hi);
            double pivot = a[hi];
            int split = partition(a, lo, hi, pivot, false);
            if (split == lo) {
                // Nothing is below the pivot: it is the minimum. Gathering its equals instead keeps
                // a range full of one repeated value from shrinking by one element per round.
                swap(a, lo, hi);
                split = partition(a, lo, hi, pivot, true);
                if (k <= split) {
                    return;
                }
                lo = split + 1;
                continue;
            }
            if (k == split) {
                return;
            }
            if (k < split) {
                hi = split - 1;
            } else {
                lo = split + 1;
            }
        }
    }

    /**
     * Moves the values of {@code a[lo, hi)} below {@code pivot} (or, with {@code orEqual}, not above
     * it) before the others, then the pivot, held in {@code a[hi]}, right after them; returns the
     * pivot's new index. Every value is swapped whatever it is, and the comparison only moves the
     * boundary, so the loop has no branch to mispredict.
     */
    private static int partition(double[] a, int lo, int hi, double pivot, boolean orEqual) {
        int boundary = lo;
        for (int i = lo; i < hi; i++) {
            double v = a[i];
            a[i] = a[boundary];
            a[boundary] = v;
            boundary += (orEqual ? v <= pivot : v < pivot) ? 1 : 0;
        }
        swap(a, boundary, hi);
        return boundary;
    }

    private static void swap(double[] a, int i, int j) {
        double t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    /**
     * Chroma from spectral peaks, 196 Hz to 5 kHz: each local maximum of the power spectrum is
     * placed at its interpolated frequency (a parabola through the log powers of the peak bin and
     * its neighbours) and its power goes to that frequency's pitch class. Then the strongest class
     * is scaled to 1. Bins alone would not do: at 10.8 Hz a bin, a note's window spreads over the
     * next semitone's bins below 500 Hz, by an amount that depends on the key.
     */
    private void chroma(float[] features) {
        Arrays.fill(chroma, 0);
        for (int k = CHROMA_FIRST_BIN; k <= CHROMA_LAST_BIN; k++) {
            double p = power[k];
            if (p <= power[k - 1] || p < power[k + 1] || p <= 0) {
                continue;
            }
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
            features[CHROMA + i] = max > 0 ? (float) (chroma[i] / max) : 0f;
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

    /** Log mel band powers (dB) into {@link #mel}, and the onset strength against the previous frame. */
    private void melBands(double total) {
        double floor = MEL_FLOOR_RELATIVE * total + 1e-12; // and -120 dBFS for digital silence
        for (int b = 0; b < MEL_BANDS; b++) {
            double sum = 0;
            for (int w = melWeightStart[b], k = melFirstBin[b]; w < melWeightStart[b + 1]; w++, k++) {
                sum += melWeights[w] * power[k];
            }
            mel[b] = 10 * Math.log10(sum + floor);
        }
        double rise = 0;
        if (hasPrevious) {
            for (int b = 0; b < MEL_BANDS; b++) {
                double up = mel[b] - previousMel[b];
                if (up > 0) {
                    rise += Math.min(up, MAX_BAND_RISE_DB);
                }
            }
        }
        onset = (float) (rise / MEL_BANDS);
        for (int g = 0, b = 0; g < BAND_GROUPS; g++) {
            int size = MEL_BANDS / BAND_GROUPS + (g < MEL_BANDS % BAND_GROUPS ? 1 : 0);
            double sum = 0;
            for (int i = 0; i < size; i++, b++) {
                sum += mel[b];
            }
            groupLevels[g] = (float) (sum / size);
        }
        System.arraycopy(mel, 0, previousMel, 0, MEL_BANDS);
        hasPrevious = true;
    }

    /**
     * Triangular mel filters (HTK mel scale), {@value #FMIN_HZ} Hz to {@value #FMAX_HZ} Hz, each of
     * unit area so that a band's power is a density: white noise gives equal bands.
     */
    private double[] melFilterbank() {
        double low = hzToMel(FMIN_HZ);
        double high = hzToMel(FMAX_HZ);
        double[] edges = new double[MEL_BANDS + 2];
        for (int i = 0; i < edges.length; i++) {
            edges[i] = melToHz(low + (high - low) * i / (MEL_BANDS + 1));
        }
        double[] weights = new double[MEL_BANDS * (K_HI + 1)];
        int at = 0;
        for (int b = 0; b < MEL_BANDS; b++) {
            double lower = edges[b];
            double centre = edges[b + 1];
            double upper = edges[b + 2];
            int first = (int) Math.ceil(lower / BIN_HZ);
            int last = Math.min(K_HI, (int) Math.floor(upper / BIN_HZ));
            melFirstBin[b] = first;
            melWeightStart[b] = at;
            double area = 2 / (upper - lower);
            for (int k = first; k <= last; k++) {
                double hz = k * BIN_HZ;
                double rise = hz <= centre ? (hz - lower) / (centre - lower) : (upper - hz) / (upper - centre);
                weights[at++] = Math.max(0, rise) * area;
            }
        }
        melWeightStart[MEL_BANDS] = at;
        return Arrays.copyOf(weights, at);
    }

    private static double hzToMel(double hz) {
        return 2595 * Math.log10(1 + hz / 700);
    }

    private static double melToHz(double mel) {
        return 700 * (Math.pow(10, mel / 2595) - 1);
    }
}
