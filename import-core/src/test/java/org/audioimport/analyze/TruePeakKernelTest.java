package org.audioimport.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Vector API kernel against the scalar one, through the true-peak meter: every chunk's result the same
 * to the bit (the tests run with jdk.incubator.vector resolved).
 */
class TruePeakKernelTest {

    @ParameterizedTest
    @ValueSource(ints = {16_000, 22_050, 44_100, 48_000, 96_000, 192_000})
    void theVectorKernelMeasuresEveryChunkAsTheScalarOneDoes(int rate) {
        int channels = 2;
        int maxChunk = rate / 100 + 2;
        TruePeakMeter scalar = new TruePeakMeter(rate, channels, maxChunk, new ScalarTruePeakKernel());
        TruePeakMeter vector = new TruePeakMeter(rate, channels, maxChunk, new VectorTruePeakKernel());
        Random random = new Random(rate);
        int computed = 0;
        for (int chunk = 0; chunk < 400; chunk++) {
            // Lengths from 1 (narrower than any vector) to the largest chunk; levels from far below one
            // 16-bit step to above full scale; bounds that skip nothing, some blocks, or everything.
            int n = chunk % 10 == 0 ? 1 + random.nextInt(20) : 1 + random.nextInt(maxChunk);
            double level = Math.pow(10, -5 + 5.5 * random.nextDouble());
            float atLeast = random.nextInt(3) == 0 ? 0 : (float) (level * 2 * random.nextDouble());
            for (int c = 0; c < channels; c++) {
                fill(scalar.buffer(c), vector.buffer(c), scalar.chunkOffset(), n, level, random);
                float expected = scalar.peak(c, n, atLeast);
                float actual = vector.peak(c, n, atLeast);
                assertEquals(
                        Float.floatToIntBits(expected),
                        Float.floatToIntBits(actual),
                        "chunk " + chunk + ", channel " + c + ", " + n + " samples");
                computed += expected > 0 ? 1 : 0;
            }
        }
        if (TruePeakMeter.factorFor(rate) > 1) {
            assertTrue(computed > 100, "only " + computed + " chunks interpolated");
        }
    }

    @ParameterizedTest
    @ValueSource(floats = {Float.NaN, Float.POSITIVE_INFINITY, -0f, Float.MIN_VALUE})
    void unusualSamplesGiveTheSameResultInBothKernels(float odd) {
        float[] x = new float[180 + TruePeakMeter.TAPS];
        Random random = new Random(7);
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextGaussian() * 0.3f;
        }
        x[77] = odd;
        float[][] coefficients = new float[4][TruePeakMeter.TAPS];
        for (float[] phase : coefficients) {
            for (int k = 0; k < phase.length; k++) {
                phase[k] = (float) random.nextGaussian() * 0.2f;
            }
        }
        TruePeakKernel scalar = new ScalarTruePeakKernel();
        TruePeakKernel vector = new VectorTruePeakKernel();
        for (int from = 0; from < 100; from += 7) {
            for (int to = from + 1; to < 180; to += 13) {
                assertEquals(
                        Float.floatToIntBits(scalar.largestMagnitude(x, from, to + TruePeakMeter.TAPS - 1)),
                        Float.floatToIntBits(vector.largestMagnitude(x, from, to + TruePeakMeter.TAPS - 1)),
                        "largest magnitude " + from + ".." + to);
                assertEquals(
                        Float.floatToIntBits(scalar.interpolate(coefficients, x, from, to)),
                        Float.floatToIntBits(vector.interpolate(coefficients, x, from, to)),
                        "interpolation " + from + ".." + to);
            }
        }
    }

    private static void fill(float[] a, float[] b, int offset, int n, double level, Random random) {
        for (int i = offset; i < offset + n; i++) {
            float v = (float) (level * random.nextGaussian());
            a[i] = v;
            b[i] = v;
        }
    }
}
