package org.audioimport.analyze;

/**
 * The K-weighting filter of ITU-R BS.1770-4: a high shelf (the head's acoustic effect) followed
 * by a high-pass (the revised low-frequency B curve), both biquads. The coefficients are derived
 * from the analogue prototypes for the actual sample rate (bilinear transform with pre-warping);
 * at 48 kHz they equal the table of BS.1770-4.
 *
 * <p>Holds the filter state of every channel. Transposed direct form II, in double precision. The
 * high-pass's numerator is exactly (1, -2, 1), so its products by 1 are left out: a double times 1 is
 * that double, to the bit, and the filter does two multiplications fewer per sample for the same
 * results.
 *
 * <p>Cost: each biquad is one chain of dependent operations per channel (an add, a multiplication, a
 * subtraction and an add per sample), which no reordering may shorten without changing the results.
 * Two channels go through the filters side by side ({@link #weightedEnergy}), so stereo costs about
 * what one such chain costs: on the 2-core AMD EPYC of docs/benchmarks.md, 4.3 ns per stereo frame,
 * close to the chain's latency. Two double lanes of the Vector API measured slower (5.4 ns): the
 * chain, not the count of operations, sets the pace.
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

    /** The high-pass's middle numerator coefficient; the outer two are 1. */
    private static final double HB1 = -2;

    final double sb0, sb1, sb2, sa1, sa2;
    final double ha1, ha2;
    private final double[] state;
    /** The two sums {@link #sumsOfSquares} gives back, kept to avoid an allocation per call. */
    private final double[] pairSums = new double[2];

    KWeighting(int sampleRate, int channels) {
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
        state = new double[channels * 4];
    }

    /**
     * Filters {@code n} samples of {@code channel} from {@code x} (starting at {@code offset}) and
     * returns the sum of the squares of the filtered signal.
     */
    double sumOfSquares(int channel, float[] x, int offset, int n) {
        int s = channel * 4;
        double z1 = state[s], z2 = state[s + 1], w1 = state[s + 2], w2 = state[s + 3];
        double sum = 0;
        for (int i = offset, end = offset + n; i < end; i++) {
            double in = x[i];
            double y = sb0 * in + z1;
            z1 = sb1 * in - sa1 * y + z2;
            z2 = sb2 * in - sa2 * y;
            double out = y + w1;
            w1 = HB1 * y - ha1 * out + w2;
            w2 = y - ha2 * out;
            sum += out * out;
        }
        state[s] = flush(z1);
        state[s + 1] = flush(z2);
        state[s + 2] = flush(w1);
        state[s + 3] = flush(w2);
        return sum;
    }

    /**
     * Filters {@code n} samples of every channel ({@code x[c]}, starting at {@code offset}) and
     * returns the sum over the channels of {@code weights[c]} times the sum of the squares of the
     * filtered signal, in channel order; a channel of weight 0 adds nothing. Channels go through the
     * filter two at a time: each filter is one long chain of dependent operations, and two
     * independent chains in one loop keep the core twice as busy, with the same arithmetic per channel.
     */
    double weightedEnergy(float[][] x, double[] weights, int offset, int n) {
        double energy = 0;
        int c = 0;
        for (; c + 1 < weights.length; c += 2) {
            sumsOfSquares(c, x[c], x[c + 1], offset, n);
            if (weights[c] != 0) {
                energy += weights[c] * pairSums[0];
            }
            if (weights[c + 1] != 0) {
                energy += weights[c + 1] * pairSums[1];
            }
        }
        if (c < weights.length && weights[c] != 0) {
            energy += weights[c] * sumOfSquares(c, x[c], offset, n);
        }
        return energy;
    }

    /** {@link #sumOfSquares} of channels {@code channel} and {@code channel + 1} at once, into {@link #pairSums}. */
    private void sumsOfSquares(int channel, float[] a, float[] b, int offset, int n) {
        int s = channel * 4;
        double az1 = state[s], az2 = state[s + 1], aw1 = state[s + 2], aw2 = state[s + 3];
        double bz1 = state[s + 4], bz2 = state[s + 5], bw1 = state[s + 6], bw2 = state[s + 7];
        double aSum = 0;
        double bSum = 0;
        for (int i = offset, end = offset + n; i < end; i++) {
            double aIn = a[i];
            double bIn = b[i];
            double aY = sb0 * aIn + az1;
            double bY = sb0 * bIn + bz1;
            az1 = sb1 * aIn - sa1 * aY + az2;
            bz1 = sb1 * bIn - sa1 * bY + bz2;
            az2 = sb2 * aIn - sa2 * aY;
            bz2 = sb2 * bIn - sa2 * bY;
            double aOut = aY + aw1;
            double bOut = bY + bw1;
            aw1 = HB1 * aY - ha1 * aOut + aw2;
            bw1 = HB1 * bY - ha1 * bOut + bw2;
            aw2 = aY - ha2 * aOut;
            bw2 = bY - ha2 * bOut;
            aSum += aOut * aOut;
            bSum += bOut * bOut;
        }
        state[s] = flush(az1);
        state[s + 1] = flush(az2);
        state[s + 2] = flush(aw1);
        state[s + 3] = flush(aw2);
        state[s + 4] = flush(bz1);
        state[s + 5] = flush(bz2);
        state[s + 6] = flush(bw1);
        state[s + 7] = flush(bw2);
        pairSums[0] = aSum;
        pairSums[1] = bSum;
    }

    private static double flush(double v) {
        return Math.abs(v) < TINY ? 0 : v;
    }
}
