package org.audioimport.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The K-weighting gives, to the bit, what the two biquads give written out in full, with either kernel
 * (the tests run with jdk.incubator.vector resolved).
 */
class KWeightingTest {

    @ParameterizedTest
    @ValueSource(ints = {22_050, 44_100, 48_000, 96_000})
    void bothKernelsMatchTheBiquadsWrittenInFullChannelByChannel(int rate) {
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
        KWeighting scalar = new KWeighting(rate, channels, new ScalarKWeightingKernel());
        KWeighting vector = new KWeighting(rate, channels, new VectorKWeightingKernel());
        double[][] reference = new double[channels][6];
        for (int offset = 0, chunk = 0; offset < frames; offset += chunk) {
            chunk = Math.min(frames - offset, 1 + random.nextInt(rate / 100 + 1));
            double expected = 0;
            for (int c = 0; c < channels; c++) {
                expected += weights[c] * inFull(scalar, reference[c], x[c], offset, chunk);
            }
            assertEquals(bits(expected), bits(scalar.weightedEnergy(x, weights, offset, chunk)), "scalar at " + offset);
            assertEquals(bits(expected), bits(vector.weightedEnergy(x, weights, offset, chunk)), "vector at " + offset);
        }
    }

    private static long bits(double value) {
        return Double.doubleToLongBits(value);
    }

    /**
     * Direct form I of the shelf, then of the high-pass with its numerator (1, -2, 1), each output one
     * chain of fused multiply-adds, over {@code state} (x1, x2, y1, y2, o1, o2); filter outputs under
     * 1e-25 flushed to 0 after each chunk.
     */
    private static double inFull(KWeighting k, double[] state, float[] x, int offset, int n) {
        double[] highPassNumerator = {1, -2, 1};
        double sum = 0;
        for (int i = offset; i < offset + n; i++) {
            double in = x[i];
            double y = Math.fma(
                    -k.sa1,
                    state[2],
                    Math.fma(-k.sa2, state[3], Math.fma(k.sb2, state[1], Math.fma(k.sb1, state[0], k.sb0 * in))));
            double feedForward = Math.fma(highPassNumerator[1], state[2], highPassNumerator[0] * y)
                    + highPassNumerator[2] * state[3];
            double out = Math.fma(-k.ha1, state[4], Math.fma(-k.ha2, state[5], feedForward));
            state[1] = state[0];
            state[0] = in;
            state[3] = state[2];
            state[2] = y;
            state[5] = state[4];
            state[4] = out;
            sum = Math.fma(out, out, sum);
        }
        for (int s = 2; s < 6; s++) {
            state[s] = Math.abs(state[s]) < 1e-25 ? 0 : state[s];
        }
        return sum;
    }
}
