package org.audioimport.flavor;

/**
 * Describes one analysis frame: {@value #FRAME} mono samples at {@value #RATE} Hz (93 ms), Hann
 * window, FFT ({@link PowerSpectrum}). Gives the frame's short-term features and its onset strength.
 * Only the band from {@value #FMIN_HZ} Hz to {@value #FMAX_HZ} Hz of the spectrum is used: below what
 * every lossy encoder keeps, and below what the resampler lets alias. The features: loudness, zero
 * crossings and the spectrum's shape here; the MFCCs from the {@link MelBands}; the chroma from the
 * spectrum's peaks ({@link PeakChroma}).
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
    /** Share of a contrast band taken as its peak, and as its valley. */
    private static final double CONTRAST_QUANTILE = 0.2;
    /** Spectral floor, relative to the mean bin power: spectral holes a codec leaves stop at -50 dB. */
    private static final double FLOOR_RELATIVE = 1e-5;

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

    private final SignChangeKernel signChanges = SignChangeKernel.best();
    private final PowerSpectrum spectrum = new PowerSpectrum();
    private final MelBands mel = new MelBands();
    private final PeakChroma chroma = new PeakChroma();
    private final double[] scratch = new double[K_HI + 1];
    private final int[] contrastEdges = new int[CONTRAST_BANDS + 1];
    private final double[] dct = new double[MFCCS * MEL_BANDS];

    FrameAnalyzer() {
        for (int b = 0; b <= CONTRAST_BANDS; b++) {
            contrastEdges[b] = Math.min(K_HI + 1, (int) Math.ceil(CONTRAST_EDGES_HZ[b] / BIN_HZ));
        }
        contrastEdges[CONTRAST_BANDS] = K_HI + 1;
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
        mel.reset();
    }

    /** The last frame's log mel band powers, dB (read only; overwritten by the next frame). */
    double[] melBands() {
        return mel.levels();
    }

    /**
     * The last frame's level in each of {@value #BAND_GROUPS} groups of neighbouring mel bands (the
     * mean of their dB), lowest first; set for silent frames too. Read only; overwritten by the next
     * frame.
     */
    float[] groupLevels() {
        return mel.groupLevels();
    }

    /** Onset strength of the last frame: the mean rise of its log mel bands over the frame before, dB. */
    float onset() {
        return mel.onset();
    }

    /**
     * Analyses {@code frame} (read only) and writes its {@value #FEATURES} features into {@code
     * features}. Returns false when the frame is silent: then only {@link #onset()} is set.
     */
    boolean analyse(float[] frame, float[] features) {
        int zeroCrossings = signChanges.signChanges(frame, FRAME);
        double[] power = spectrum.measure(frame);
        double total = 0;
        for (int k = K_LO; k <= K_HI; k++) {
            total += power[k];
        }
        mel.measure(power, total);
        if (total < SILENT_POWER) {
            return false;
        }
        features[LOUDNESS] = (float) (10 * Math.log10(total));
        features[ZCR] = (float) (zeroCrossings * (double) RATE / (FRAME - 1));
        shape(power, total, features);
        contrast(power, total, features);
        double[] levels = mel.levels();
        for (int c = 0; c < MFCCS; c++) {
            double sum = 0;
            for (int b = 0, at = c * MEL_BANDS; b < MEL_BANDS; b++) {
                sum += dct[at + b] * levels[b];
            }
            features[MFCC + c] = (float) sum;
        }
        chroma.measure(power, features, CHROMA);
        return true;
    }

    /** Centroid and rolloff (of the magnitude spectrum, in Hz) and flatness (of the power spectrum, in dB). */
    private void shape(double[] power, double total, float[] features) {
        double floor = FLOOR_RELATIVE * total / (K_HI - K_LO + 1);
        double magnitudes = 0;
        double weighted = 0;
        double logs = 0;
        double product = 1;
        // The square roots first, in a loop of their own that the JIT vectorises; the sums then
        // add the same values in the same order.
        for (int k = K_LO; k <= K_HI; k++) {
            scratch[k] = Math.sqrt(power[k]);
        }
        for (int k = K_LO; k <= K_HI; k++) {
            double magnitude = scratch[k];
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
    private void contrast(double[] power, double total, float[] features) {
        double floor = FLOOR_RELATIVE * total / (K_HI - K_LO + 1);
        for (int b = 0; b < CONTRAST_BANDS; b++) {
            int from = Math.max(K_LO, contrastEdges[b]);
            int to = contrastEdges[b + 1];
            int n = to - from;
            System.arraycopy(power, from, scratch, 0, n);
            int q = Math.max(1, (int) Math.round(n * CONTRAST_QUANTILE));
            // Two selections instead of a sort: Arrays.sort allocates run buffers on every call.
            QuickSelect.select(scratch, 0, n, q - 1);
            QuickSelect.select(scratch, q, n, n - q);
            double valley = 0;
            double peak = 0;
            for (int i = 0; i < q; i++) {
                valley += scratch[i];
                peak += scratch[n - 1 - i];
            }
            features[CONTRAST + b] = (float) (10 * Math.log10((peak / q + floor) / (valley / q + floor)));
        }
    }
}
