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
 * them (see {@link #peak}). The loops are a {@link TruePeakKernel}'s: with the Vector API (16 float
 * lanes with AVX-512) the interpolation costs about a quarter of the scalar loops' (3 against 12.5 ns
 * per position and channel at 44.1 kHz on docs/benchmarks.md's machine), with the same results.
 *
 * <p>The interpolator is flat within 0.03 dB up to 0.7 x Nyquist and rolls off above (-2.6 dB at
 * 0.9 x Nyquist, -6 dB at Nyquist); it was chosen against FFmpeg's ebur128 (which resamples to
 * 192 kHz with libswresample) on a clipped fixture: 12, 16, 24 and 32 taps with Kaiser beta 5 to
 * 9 read 0.05 to 0.15 dB under FFmpeg; 16 taps with beta 5 reads 0.09 dB under, at half the cost
 * of 32 taps.
 */
final class TruePeakMeter {
    /**
     * Taps per phase: the interpolator looks {@value #TAPS}/2 samples to each side. The kernels write
     * the taps out one by one: change them together.
     */
    static final int TAPS = 16;
    /**
     * Positions judged together for skipping: short enough that a block away from the loudest
     * samples is skipped, long enough that the interpolation of a run of blocks stays vectorised.
     */
    private static final int BLOCK = 32;
    /** Kaiser window shape: 5 keeps the passband flat close to Nyquist, where clipped audio overshoots. */
    private static final double KAISER_BETA = 5.0;

    private static final int TARGET_RATE = 176_400;
    private static final int MAX_FACTOR = 16;

    private final TruePeakKernel kernel;
    private final int factor;
    /** coefficients[p][k]: phase p (1..factor-1), tap k, applied to history[i + k]. */
    private final float[][] coefficients;
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
        this.history = new float[channels][TAPS - 1 + maxChunk];
        float g = 1;
        for (int p = 1; p < factor; p++) {
            float sum = 0;
            for (float c : coefficients[p]) {
                sum += Math.abs(c);
            }
            g = Math.max(g, sum);
        }
        // A margin for the float rounding of the outputs.
        this.gain = g * 1.0001f;
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
     * can exceed {@code atLeast}, nor the largest value computed so far in this call (each value
     * is at most {@link #gain()} times the largest input magnitude it reads), is skipped, and runs
     * of blocks that cannot be skipped are interpolated together. So the result is exact whenever
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
            boolean needed = kernel.largestMagnitude(x, from, to + TAPS - 1) * gain > threshold;
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
