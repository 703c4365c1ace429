package org.audioimport.analyze;

import java.util.Arrays;

/**
 * True peak per ITU-R BS.1770-4 Annex 2: the signal is oversampled with a polyphase FIR
 * interpolator and the largest magnitude of the oversampled signal is taken.
 *
 * <p>Oversampling factor: 4 at 44.1 and 48 kHz as the Annex prescribes, fewer at higher rates
 * (2 at 88.2/96 kHz, 1 from 176.4 kHz), more at lower ones (8 at 22.05 kHz, 12 at 16 kHz), so
 * that the oversampled rate is always at least 176.4 kHz: 4x at 48 kHz is what the Annex's
 * accuracy figures assume, and 4x of a 16 kHz file would under-read inter-sample peaks by up to
 * 1.5 dB. The interpolator is a Kaiser-windowed sinc cut at the original Nyquist frequency with
 * {@value #TAPS} taps per phase; its phase 0 is the input itself, so only the other phases are
 * computed. Cost per input sample and channel: (factor - 1) x {@value #TAPS} multiply-adds, on
 * float arrays, and nothing at all for blocks that cannot raise the true peak already found near
 * them (see {@link #peak}): most blocks are settled by their largest input, most of the rest by
 * {@value #CENTRAL_TAPS} taps. The loops are a {@link TruePeakKernel}'s: with the Vector API (16 float
 * lanes with AVX-512) the interpolation costs about a quarter of the scalar loops' (3 against 12.5 ns
 * per position and channel at 44.1 kHz with 16 taps on docs/benchmarks.md's machine), with the same results.
 *
 * <p>The interpolator is flat within 0.01 dB up to 0.9 x Nyquist (19.8 kHz at 44.1 kHz) and rolls off
 * above it (-1.7 dB at 0.95 x Nyquist). Loud masters with strong content up there, clipped before their
 * lossy encoding, put their inter-sample peaks exactly where a shorter filter rolls off. Measured on the
 * 306-file evaluation set against a near-ideal reconstruction (libswresample at 176.4 kHz, 64 taps, cutoff
 * 0.98; docs/benchmarks.md), the 16 taps with beta 5 used up to analyze version 4 read 6 files more than
 * 0.1 dB low, the worst 0.51 dB (FFmpeg's ebur128 read it 0.22 dB low). 48 taps with beta 8 read every
 * file within 0.032 dB. 32 taps read up to 0.16 dB low.
 */
final class TruePeakMeter {
    /** Taps per phase: the interpolator looks {@value #TAPS}/2 samples to each side. */
    static final int TAPS = 48;
    /**
     * Taps of a phase computed first, to bound its value for the skip test (see {@link #peak}): the other
     * taps add at most 0.2 times the largest input magnitude, where all of them add up to 2.65.
     */
    static final int CENTRAL_TAPS = 16;

    private static final int CENTRAL_FROM = (TAPS - CENTRAL_TAPS) / 2;
    /**
     * Positions judged together for skipping: short enough that a block away from the loudest
     * samples is skipped, long enough that the interpolation of a run of blocks stays vectorised.
     */
    private static final int BLOCK = 32;
    /**
     * Kaiser window shape: with 48 taps, 8 keeps the passband flat to 0.9 x Nyquist, where clipped audio
     * overshoots, and reads no file of the evaluation set more than 0.002 dB above the reconstruction.
     */
    private static final double KAISER_BETA = 8.0;

    private static final int TARGET_RATE = 176_400;
    private static final int MAX_FACTOR = 16;

    private final TruePeakKernel kernel;
    private final StereoSplitKernel stereoSplit = StereoSplitKernel.best();
    private final int factor;
    /** coefficients[p][k]: phase p (1..factor-1), tap k, applied to history[i + k]. */
    private final float[][] coefficients;
    /** The {@value #CENTRAL_TAPS} central taps of each phase, applied from history[i + CENTRAL_FROM]. */
    private final float[][] centralCoefficients;
    /** The largest sum of absolute coefficients of a phase's other taps, with a margin for rounding. */
    private final float outerGain;
    /** Per channel: TAPS - 1 samples of history, then the current chunk. */
    private final float[][] history;
    /** The largest sum of absolute coefficients of a phase: no output exceeds it times its inputs. */
    private final float gain;

    TruePeakMeter(int sampleRate, int channels, int maxChunk) {
        this(sampleRate, channels, maxChunk, TruePeakKernel.best());
    }

    TruePeakMeter(int sampleRate, int channels, int maxChunk, TruePeakKernel kernel) {
        this.kernel = kernel;
        this.factor = factorFor(sampleRate);
        this.coefficients = design(factor);
        this.centralCoefficients = new float[factor][];
        this.history = new float[channels][TAPS - 1 + maxChunk];
        float g = 1;
        float outer = 0;
        for (int p = 1; p < factor; p++) {
            float sum = 0;
            float central = 0;
            for (int k = 0; k < TAPS; k++) {
                float magnitude = Math.abs(coefficients[p][k]);
                sum += magnitude;
                central += k >= CENTRAL_FROM && k < CENTRAL_FROM + CENTRAL_TAPS ? magnitude : 0;
            }
            g = Math.max(g, sum);
            outer = Math.max(outer, sum - central);
            centralCoefficients[p] = Arrays.copyOfRange(coefficients[p], CENTRAL_FROM, CENTRAL_FROM + CENTRAL_TAPS);
        }
        centralCoefficients[0] = new float[CENTRAL_TAPS];
        // Margins for the float rounding of the outputs: each sum of 48 products is within 1e-5 times the
        // largest input magnitude of its exact value, so these margins hold with room to spare.
        this.gain = g * 1.0001f;
        this.outerGain = outer * 1.0001f + g * 1e-4f;
    }

    float gain() {
        return gain;
    }

    static int factorFor(int sampleRate) {
        int f = (TARGET_RATE + sampleRate - 1) / sampleRate;
        return Math.max(1, Math.min(MAX_FACTOR, f));
    }

    int factor() {
        return factor;
    }

    /**
     * Writes frames {@code first} to {@code first + n - 1} of the interleaved {@code samples} into every
     * channel's {@link #buffer}, from {@link #chunkOffset()}: stereo in a {@link StereoSplitKernel}, other
     * layouts sample by sample.
     */
    void load(float[] samples, int first, int n) {
        int offset = chunkOffset();
        int channels = history.length;
        if (channels == 2) {
            stereoSplit.split(samples, first, n, history[0], history[1], offset);
            return;
        }
        for (int c = 0; c < channels; c++) {
            float[] x = history[c];
            for (int q = 0, s = first * channels + c; q < n; q++, s += channels) {
                x[offset + q] = samples[s];
            }
        }
    }

    /**
     * The buffer where the caller writes the next {@code n} samples of {@code channel}, from
     * {@link #chunkOffset()}, before calling {@link #peak}.
     */
    float[] buffer(int channel) {
        return history[channel];
    }

    /** The largest magnitude of the {@code n} samples of {@code channel} just written to its {@link #buffer}. */
    float samplePeak(int channel, int n) {
        return kernel.largestMagnitude(history[channel], chunkOffset(), chunkOffset() + n);
    }

    /** Every channel's {@link #buffer}, indexed by channel. */
    float[][] buffers() {
        return history;
    }

    int chunkOffset() {
        return TAPS - 1;
    }

    /**
     * The largest magnitude of the interpolated (non-integer) positions near the {@code n}
     * samples just written, then shifts the history. The positions lag the input by {@value
     * #TAPS}/2 samples.
     *
     * <p>Only what can exceed {@code atLeast} is computed: the caller already holds a true peak at
     * least that high. The positions go in blocks of {@value #BLOCK}; a block none of whose values
     * can exceed {@code atLeast}, nor the largest value computed so far in this call, is skipped, and
     * runs of blocks that cannot be skipped are interpolated together. So the result is exact whenever
     * it exceeds {@code atLeast}; otherwise it is at most {@code atLeast} (0 if nothing was
     * computed).
     */
    float peak(int channel, int n, float atLeast) {
        float[] x = history[channel];
        float max = 0;
        float threshold = atLeast;
        int run = -1;
        for (int from = 0; from < n; from += BLOCK) {
            int to = Math.min(n, from + BLOCK);
            boolean needed = mayExceed(x, from, to, threshold);
            if (needed && run < 0) {
                run = from;
            } else if (!needed && run >= 0) {
                max = Math.max(max, kernel.interpolate(coefficients, x, run, from));
                threshold = Math.max(threshold, max);
                run = -1;
            }
        }
        if (run >= 0) {
            max = Math.max(max, kernel.interpolate(coefficients, x, run, n));
        }
        System.arraycopy(x, n, x, 0, TAPS - 1);
        return max;
    }

    /**
     * Whether a value at positions {@code from..to} can exceed {@code threshold}. Each value is at most
     * {@link #gain()} times the largest input magnitude it reads, which settles most blocks at the cost
     * of a maximum. Near the peak that bound is 2.65 times too high, so the central taps are computed
     * there: a value is at most their sum plus the other taps' gain times that magnitude. Where the
     * other taps alone could exceed the threshold (at a file's start, where it is still low), that sum
     * could not settle the block, and it is not computed.
     */
    private boolean mayExceed(float[] x, int from, int to, float threshold) {
        float largest = kernel.largestMagnitude(x, from, to + TAPS - 1);
        if (largest * gain <= threshold) {
            return false;
        }
        if (largest * outerGain > threshold) {
            return true;
        }
        float central = kernel.interpolate(centralCoefficients, x, from + CENTRAL_FROM, to + CENTRAL_FROM);
        return central * 1.0001f + largest * outerGain > threshold;
    }

    /** Forgets the history of every channel (a new file). */
    void reset() {
        for (float[] h : history) {
            Arrays.fill(h, 0f);
        }
    }

    private static float[][] design(int factor) {
        float[][] c = new float[factor][TAPS];
        int half = TAPS / 2;
        for (int p = 1; p < factor; p++) {
            double frac = (double) p / factor;
            double sum = 0;
            double[] h = new double[TAPS];
            for (int k = 0; k < TAPS; k++) {
                // Tap k reads the sample at (half - 1 - k + frac) input periods from the output.
                double t = half - 1 - k + frac;
                h[k] = sinc(t) * kaiser(t / half);
                sum += h[k];
            }
            for (int k = 0; k < TAPS; k++) {
                c[p][k] = (float) (h[k] / sum);
            }
        }
        return c;
    }

    private static double sinc(double t) {
        return t == 0 ? 1 : Math.sin(Math.PI * t) / (Math.PI * t);
    }

    /** Kaiser window at {@code u} in [-1, 1]. */
    private static double kaiser(double u) {
        double r = 1 - u * u;
        return r <= 0 ? 0 : besselI0(KAISER_BETA * Math.sqrt(r)) / besselI0(KAISER_BETA);
    }

    private static double besselI0(double x) {
        double sum = 1, term = 1, q = x * x / 4;
        for (int k = 1; k < 50; k++) {
            term *= q / ((double) k * k);
            sum += term;
            if (term < 1e-17 * sum) {
                break;
            }
        }
        return sum;
    }
}
