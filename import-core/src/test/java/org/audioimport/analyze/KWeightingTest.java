package org.audioimport.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The K-weighting gives, to the bit, what the two biquads give written out in full. */
class KWeightingTest {

    @ParameterizedTest
    @ValueSource(ints = {22_050, 44_100, 48_000, 96_000})
    void channelsInPairsAndAloneMatchTheBiquadsWrittenInFull(int rate) {
        int channels = 3;
        int frames = rate / 10;
        Random random = new Random(rate);
        float[][] x = new float[channels][frames];
        for (float[] channel : x) {
            for (int i = 0; i < frames; i++) {
                channel[i] = (float) (0.3 * random.nextGaussian() + 0.2 * Math.sin(i * 0.01));
            }
        }
        double[] weights = {1, 1.41, 1};
        KWeighting filter = new KWeighting(rate, channels);
        double[][] reference = new double[channels][4];
        for (int offset = 0, chunk = 0; offset < frames; offset += chunk) {
            chunk = Math.min(frames - offset, 1 + random.nextInt(rate / 100 + 1));
            double expected = 0;
            for (int c = 0; c < channels; c++) {
                expected += weights[c] * inFull(filter, reference[c], x[c], offset, chunk);
            }
            double actual = filter.weightedEnergy(x, weights, offset, chunk);
            assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(actual), "at frame " + offset);
        }
    }

    /**
     * Transposed direct form II of the shelf, then of the high-pass with its numerator (1, -2, 1) multiplied
     * out, over {@code state} (z1, z2, w1, w2); states under 1e-25 flushed to 0 after each chunk.
     */
    private static double inFull(KWeighting k, double[] state, float[] x, int offset, int n) {
        double[] highPassNumerator = {1, -2, 1};
        double hb0 = highPassNumerator[0];
        double hb1 = highPassNumerator[1];
        double hb2 = highPassNumerator[2];
        double z1 = state[0], z2 = state[1], w1 = state[2], w2 = state[3];
        double sum = 0;
        for (int i = offset; i < offset + n; i++) {
            double in = x[i];
            double y = k.sb0 * in + z1;
            z1 = k.sb1 * in - k.sa1 * y + z2;
            z2 = k.sb2 * in - k.sa2 * y;
            double out = hb0 * y + w1;
            w1 = hb1 * y - k.ha1 * out + w2;
            w2 = hb2 * y - k.ha2 * out;
            sum += out * out;
        }
        state[0] = Math.abs(z1) < 1e-25 ? 0 : z1;
        state[1] = Math.abs(z2) < 1e-25 ? 0 : z2;
        state[2] = Math.abs(w1) < 1e-25 ? 0 : w1;
        state[3] = Math.abs(w2) < 1e-25 ? 0 : w2;
        return sum;
    }
}
