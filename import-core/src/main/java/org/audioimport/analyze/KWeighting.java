package org.audioimport.analyze;

/**
 * The K-weighting filter of ITU-R BS.1770-4: a high shelf (the head's acoustic effect) followed
 * by a high-pass (the revised low-frequency B curve), both biquads. The coefficients are derived
 * from the analogue prototypes for the actual sample rate (bilinear transform with pre-warping);
 * at 48 kHz they equal the table of BS.1770-4.
 *
 * <p>Holds the filter state of every channel. Transposed direct form II, in double precision.
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

    final double sb0, sb1, sb2, sa1, sa2;
    final double hb0, hb1, hb2, ha1, ha2;
    private final double[] state;

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
        hb0 = 1;
        hb1 = -2;
        hb2 = 1;
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
            double out = hb0 * y + w1;
            w1 = hb1 * y - ha1 * out + w2;
            w2 = hb2 * y - ha2 * out;
            sum += out * out;
        }
        state[s] = flush(z1);
        state[s + 1] = flush(z2);
        state[s + 2] = flush(w1);
        state[s + 3] = flush(w2);
        return sum;
    }

    private static double flush(double v) {
        return Math.abs(v) < TINY ? 0 : v;
    }
}
