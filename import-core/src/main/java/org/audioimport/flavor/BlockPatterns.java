package org.audioimport.flavor;

import static org.audioimport.flavor.FrameAnalyzer.BAND_GROUPS;
import static org.audioimport.flavor.FrameAnalyzer.HOP_SECONDS;

import java.util.Arrays;

/**
 * Block-level patterns of a stretch of audio, from the level of each band group at every hop (after
 * Seyerlehner's block-level features): how each group stands against the frame's mean level (the
 * spectral shape, whatever the loudness), and how the levels fluctuate over blocks of about six seconds
 * (the logarithmic fluctuation pattern: rhythm and modulation per register, over seconds rather than
 * frames).
 */
final class BlockPatterns {

    /** Hops per fluctuation block: 128 hops, 5.9 s. */
    static final int BLOCK = 128;
    /** Hops between fluctuation blocks: half a block. */
    static final int BLOCK_STEP = BLOCK / 2;
    /** Modulation bands of the fluctuation pattern, log-spaced from 0.5 to 10.5 Hz. */
    static final int MODULATION_BANDS = 6;

    static final double MODULATION_LOW_HZ = 0.5;
    static final double MODULATION_HIGH_HZ = 10.5;

    private static final double[] HANN = new double[BLOCK];
    /** Per modulation band, its first and one-past-last FFT bin of a block. */
    private static final int[] MODULATION_EDGES = new int[MODULATION_BANDS + 1];
    /** The DFT bins the modulation bands take, from {@code MODULATION_EDGES[0]}. */
    private static final int BINS;
    /**
     * cos and sin of 2π x k x i / BLOCK for sample i and bin k (from the first band's), at {@code i x BINS
     * + k - first}: a sample's twiddles for every bin side by side.
     */
    private static final double[] DFT_COS;

    private static final double[] DFT_SIN;

    private static final DftKernel DFT = DftKernel.best();

    static {
        double[] cos = new double[BLOCK];
        double[] sin = new double[BLOCK];
        for (int i = 0; i < BLOCK; i++) {
            HANN[i] = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / (BLOCK - 1));
            cos[i] = Math.cos(2 * Math.PI * i / BLOCK);
            sin[i] = Math.sin(2 * Math.PI * i / BLOCK);
        }
        double binHz = 1 / (BLOCK * HOP_SECONDS);
        for (int m = 0; m <= MODULATION_BANDS; m++) {
            double hz =
                    MODULATION_LOW_HZ * Math.pow(MODULATION_HIGH_HZ / MODULATION_LOW_HZ, (double) m / MODULATION_BANDS);
            MODULATION_EDGES[m] = (int) Math.ceil(hz / binHz);
        }
        BINS = MODULATION_EDGES[MODULATION_BANDS] - MODULATION_EDGES[0];
        DFT_COS = new double[BLOCK * BINS];
        DFT_SIN = new double[BLOCK * BINS];
        for (int i = 0; i < BLOCK; i++) {
            for (int b = 0; b < BINS; b++) {
                int at = (MODULATION_EDGES[0] + b) * i % BLOCK;
                DFT_COS[i * BINS + b] = cos[at];
                DFT_SIN[i * BINS + b] = sin[at];
            }
        }
    }

    private BlockPatterns() {}

    /**
     * Mean, over the voiced hops of {@code [from, to)}, of each group's level minus the mean level of
     * the groups at that hop, dB: the spectrum's shape, whatever its loudness.
     */
    static double[] relativeLevels(float[] levels, boolean[] voiced, int from, int to) {
        double[] sum = new double[BAND_GROUPS];
        int n = 0;
        boolean any = anyVoiced(voiced, from, to);
        for (int h = from; h < to; h++) {
            if (any && !voiced[h]) {
                continue;
            }
            int at = h * BAND_GROUPS;
            double mean = 0;
            for (int g = 0; g < BAND_GROUPS; g++) {
                mean += levels[at + g];
            }
            mean /= BAND_GROUPS;
            for (int g = 0; g < BAND_GROUPS; g++) {
                sum[g] += levels[at + g] - mean;
            }
            n++;
        }
        for (int g = 0; g < BAND_GROUPS; g++) {
            sum[g] = n > 0 ? sum[g] / n : 0;
        }
        return sum;
    }

    private static boolean anyVoiced(boolean[] voiced, int from, int to) {
        for (int h = from; h < to; h++) {
            if (voiced[h]) {
                return true;
            }
        }
        return false;
    }

    /** Band groups of the fluctuation pattern: neighbouring pairs of {@link FrameAnalyzer#BAND_GROUPS}. */
    static final int FLUCTUATION_GROUPS = BAND_GROUPS / 2;

    /**
     * The logarithmic fluctuation pattern: for each band group and modulation band, log(1 + the median
     * over blocks of the mean modulation magnitude in that band), then the mean of each pair of
     * neighbouring groups; {@code MODULATION_BANDS x FLUCTUATION_GROUPS} values, modulation band
     * major. A stretch shorter than a block is one block, its last hop repeated.
     */
    static double[] fluctuation(float[] levels, int from, int to) {
        int blocks = to - from <= BLOCK ? 1 : 1 + (to - from - BLOCK) / BLOCK_STEP;
        double[][] magnitudes = new double[MODULATION_BANDS * BAND_GROUPS][blocks];
        double[] re = new double[BLOCK];
        double[] dftRe = new double[BINS];
        double[] dftIm = new double[BINS];
        double[] binMagnitudes = new double[BINS];
        for (int b = 0; b < blocks; b++) {
            int start = from + b * BLOCK_STEP;
            for (int g = 0; g < BAND_GROUPS; g++) {
                double mean = 0;
                for (int i = 0; i < BLOCK; i++) {
                    re[i] = levels[Math.min(start + i, to - 1) * BAND_GROUPS + g];
                    mean += re[i] / BLOCK;
                }
                for (int i = 0; i < BLOCK; i++) {
                    re[i] = (re[i] - mean) * HANN[i];
                }
                dftMagnitudes(re, dftRe, dftIm, binMagnitudes);
                for (int m = 0; m < MODULATION_BANDS; m++) {
                    double sum = 0;
                    int bins = 0;
                    for (int k = MODULATION_EDGES[m]; k < MODULATION_EDGES[m + 1]; k++, bins++) {
                        sum += binMagnitudes[k - MODULATION_EDGES[0]];
                    }
                    magnitudes[m * BAND_GROUPS + g][b] = bins > 0 ? sum / bins : 0;
                }
            }
        }
        double[] pattern = new double[MODULATION_BANDS * FLUCTUATION_GROUPS];
        for (int m = 0; m < MODULATION_BANDS; m++) {
            for (int pair = 0; pair < FLUCTUATION_GROUPS; pair++) {
                int at = m * BAND_GROUPS + 2 * pair;
                pattern[m * FLUCTUATION_GROUPS + pair] =
                        (Math.log1p(median(magnitudes[at])) + Math.log1p(median(magnitudes[at + 1]))) / 2;
            }
        }
        return pattern;
    }

    /**
     * The magnitudes of the DFT bins the modulation bands take, of one block {@code x}, into {@code
     * magnitudes}. Each bin sums its products in the order of the samples, as a direct DFT bin by bin
     * would; a {@link DftKernel} runs the bins in vector lanes.
     */
    private static void dftMagnitudes(double[] x, double[] re, double[] im, double[] magnitudes) {
        DFT.transform(x, BLOCK, DFT_COS, DFT_SIN, re, im, BINS);
        for (int b = 0; b < BINS; b++) {
            magnitudes[b] = Math.sqrt(re[b] * re[b] + im[b] * im[b]);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
