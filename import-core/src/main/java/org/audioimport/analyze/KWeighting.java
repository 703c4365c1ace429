package org.audioimport.analyze;

/**
 * The K-weighting filter of ITU-R BS.1770-4: a high shelf (the head's acoustic effect) followed
 * by a high-pass (the revised low-frequency B curve), both biquads. The coefficients are derived
 * from the analogue prototypes for the actual sample rate (bilinear transform with pre-warping);
 * at 48 kHz they equal the table of BS.1770-4.
 *
 * <p>Holds the filter state of every channel. Direct form I in double precision, as ffmpeg's ebur128
 * filter runs it, each output one chain of fused multiply-adds ({@link #filterOne}): an output waits
 * on the one before it through a single fused multiply-add, so the chain is short, and a fused
 * multiply-add rounds once where a multiplication and an addition round twice. The high-pass's
 * numerator is exactly (1, -2, 1).
 *
 * <p>Cost: the arithmetic, not the chain, sets the pace: about ten floating-point operations per
 * sample and channel. Two channels go through the filters side by side in the lanes of one vector
 * where the Vector API is present ({@link KWeightingKernel}): on the 2-core Xeon of docs/benchmarks.md
 * 2.4 ns per stereo frame, against 4.7 for the transposed direct form II of analyze version 6.
 */
final class KWeighting {
    // Analogue prototype of the shelf and of the high-pass, as fitted to BS.1770-4's 48 kHz table.
    private static final double SHELF_F0 = 1681.974450955533;
    private static final double SHELF_GAIN_DB = 3.999843853973347;
    private static final double SHELF_Q = 0.7071752369554196;
    private static final double SHELF_VB_EXPONENT = 0.4996667741545416;
    private static final double HIGHPASS_F0 = 38.13547087602444;
    private static final double HIGHPASS_Q = 0.5003270373238773;
    /** Filter states smaller than this are flushed to zero, to keep subnormals out of silences. */
    private static final double TINY = 1e-25;

    /**
     * Doubles of state per channel: the shelf's last two inputs, its last two outputs (the high-pass's
     * inputs) and the high-pass's last two outputs.
     */
    static final int STATE = 6;

    final double sb0, sb1, sb2, sa1, sa2;
    final double ha1, ha2;

    private final double[] state;
    private final KWeightingKernel kernel;
    /** The two sums a pair gives back, kept to avoid an allocation per call. */
    private final double[] pairSums = new double[2];

    KWeighting(int sampleRate, int channels) {
        this(sampleRate, channels, KWeightingKernel.best());
    }

    KWeighting(int sampleRate, int channels, KWeightingKernel kernel) {
        double k = Math.tan(Math.PI * SHELF_F0 / sampleRate);
        double vh = Math.pow(10, SHELF_GAIN_DB / 20);
        double vb = Math.pow(vh, SHELF_VB_EXPONENT);
        double a0 = 1 + k / SHELF_Q + k * k;
        sb0 = (vh + vb * k / SHELF_Q + k * k) / a0;
        sb1 = 2 * (k * k - vh) / a0;
        sb2 = (vh - vb * k / SHELF_Q + k * k) / a0;
        sa1 = 2 * (k * k - 1) / a0;
        sa2 = (1 - k / SHELF_Q + k * k) / a0;

        k = Math.tan(Math.PI * HIGHPASS_F0 / sampleRate);
        a0 = 1 + k / HIGHPASS_Q + k * k;
        ha1 = 2 * (k * k - 1) / a0;
        ha2 = (1 - k / HIGHPASS_Q + k * k) / a0;
        state = new double[channels * STATE];
        this.kernel = kernel;
    }

    /**
     * Filters {@code n} samples of every channel ({@code x[c]}, starting at {@code offset}) and
     * returns the sum over the channels of {@code weights[c]} times the sum of the squares of the
     * filtered signal, in channel order; a channel of weight 0 adds nothing. Channels go through the
     * filter two at a time, each with the arithmetic it has alone.
     */
    double weightedEnergy(float[][] x, double[] weights, int offset, int n) {
        double energy = 0;
        int c = 0;
        for (; c + 1 < weights.length; c += 2) {
            kernel.filterPair(this, state, c * STATE, x[c], x[c + 1], offset, n, pairSums);
            flush(c);
            flush(c + 1);
            if (weights[c] != 0) {
                energy += weights[c] * pairSums[0];
            }
            if (weights[c + 1] != 0) {
                energy += weights[c + 1] * pairSums[1];
            }
        }
        if (c < weights.length) {
            double sum = filterOne(state, c * STATE, x[c], offset, n);
            flush(c);
            if (weights[c] != 0) {
                energy += weights[c] * sum;
            }
        }
        return energy;
    }

    /**
     * Filters {@code n} samples of one channel from {@code x} (starting at {@code offset}), its state
     * at {@code state[at..at + STATE)}, and returns the sum of the squares of the filtered signal.
     * Every kernel gives each channel exactly what this gives it.
     */
    double filterOne(double[] state, int at, float[] x, int offset, int n) {
        double x1 = state[at], x2 = state[at + 1], y1 = state[at + 2], y2 = state[at + 3];
        double o1 = state[at + 4], o2 = state[at + 5];
        // The denominators enter the fused multiply-adds negated (exactly).
        double negSa1 = -sa1, negSa2 = -sa2, negHa1 = -ha1, negHa2 = -ha2;
        double sum = 0;
        for (int i = offset, end = offset + n; i < end; i++) {
            double in = x[i];
            double y = Math.fma(negSa1, y1, Math.fma(negSa2, y2, Math.fma(sb2, x2, Math.fma(sb1, x1, sb0 * in))));
            double out = Math.fma(negHa1, o1, Math.fma(negHa2, o2, Math.fma(-2, y1, y) + y2));
            x2 = x1;
            x1 = in;
            y2 = y1;
            y1 = y;
            o2 = o1;
            o1 = out;
            sum = Math.fma(out, out, sum);
        }
        state[at] = x1;
        state[at + 1] = x2;
        state[at + 2] = y1;
        state[at + 3] = y2;
        state[at + 4] = o1;
        state[at + 5] = o2;
        return sum;
    }

    /** Flushes the filters' tiny outputs of {@code channel} to zero; its inputs are samples and stay. */
    private void flush(int channel) {
        for (int i = channel * STATE + 2, end = channel * STATE + STATE; i < end; i++) {
            if (Math.abs(state[i]) < TINY) {
                state[i] = 0;
            }
        }
    }
}
