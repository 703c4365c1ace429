package org.audioimport.flavor;

import static org.audioimport.flavor.FrameAnalyzer.BIN_HZ;
import static org.audioimport.flavor.FrameAnalyzer.FMAX_HZ;
import static org.audioimport.flavor.FrameAnalyzer.FMIN_HZ;
import static org.audioimport.flavor.FrameAnalyzer.K_HI;
import static org.audioimport.flavor.FrameAnalyzer.SILENT_POWER;
import static org.audioimport.flavor.MelBands.hzToMel;
import static org.audioimport.flavor.MelBands.melToHz;

/**
 * The textbook MFCCs of one frame, as a music-information-retrieval course computes them: Hann window,
 * power spectrum, {@value #MEL_BANDS} triangular mel bands of unit area over the band {@link
 * FrameAnalyzer} analyses, log power in dB, orthonormal DCT-II, coefficients 0 to {@value #COEFFICIENTS}
 * - 1 (0, the overall level, included). The reference the flavor vector is compared with, so it keeps
 * none of the flavor's refinements (no per-frame floor, no range-aware statistics).
 *
 * <p>Preallocated: {@link #analyse} allocates nothing. Not thread-safe.
 */
final class MelCepstrum {

    static final int MEL_BANDS = 40;
    static final int COEFFICIENTS = 20;
    /** Mel band power floor before the log: -100 dB, far below any non-silent frame's bands. */
    private static final double BAND_FLOOR = 1e-10;

    private final PowerSpectrum spectrum = new PowerSpectrum();
    private final double[] band = new double[MEL_BANDS];
    private final double[][] filters = new double[MEL_BANDS][K_HI + 1];
    private final double[][] dct = new double[COEFFICIENTS][MEL_BANDS];

    MelCepstrum() {
        double low = hzToMel(FMIN_HZ);
        double high = hzToMel(FMAX_HZ);
        for (int b = 0; b < MEL_BANDS; b++) {
            double lower = melToHz(low + (high - low) * b / (MEL_BANDS + 1));
            double centre = melToHz(low + (high - low) * (b + 1) / (MEL_BANDS + 1));
            double upper = melToHz(low + (high - low) * (b + 2) / (MEL_BANDS + 1));
            for (int k = 1; k <= K_HI; k++) {
                double hz = k * BIN_HZ;
                double rise = hz <= centre ? (hz - lower) / (centre - lower) : (upper - hz) / (upper - centre);
                filters[b][k] = Math.max(0, rise) * 2 / (upper - lower);
            }
        }
        for (int c = 0; c < COEFFICIENTS; c++) {
            double norm = Math.sqrt((c == 0 ? 1.0 : 2.0) / MEL_BANDS);
            for (int b = 0; b < MEL_BANDS; b++) {
                dct[c][b] = norm * Math.cos(Math.PI * c * (b + 0.5) / MEL_BANDS);
            }
        }
    }

    /**
     * Writes the MFCCs of {@code frame} ({@value FrameAnalyzer#FRAME} samples, read only) into {@code
     * coefficients}; false, with nothing written, when the frame is silent (below -60 dBFS, as for the
     * flavor).
     */
    boolean analyse(float[] frame, double[] coefficients) {
        double[] power = spectrum.measure(frame);
        double total = 0;
        for (int k = 1; k <= K_HI; k++) {
            total += power[k];
        }
        if (total < SILENT_POWER) {
            return false;
        }
        for (int b = 0; b < MEL_BANDS; b++) {
            double sum = 0;
            double[] filter = filters[b];
            for (int k = 1; k <= K_HI; k++) {
                sum += filter[k] * power[k];
            }
            band[b] = 10 * Math.log10(Math.max(BAND_FLOOR, sum));
        }
        for (int c = 0; c < COEFFICIENTS; c++) {
            double sum = 0;
            for (int b = 0; b < MEL_BANDS; b++) {
                sum += dct[c][b] * band[b];
            }
            coefficients[c] = sum;
        }
        return true;
    }
}
