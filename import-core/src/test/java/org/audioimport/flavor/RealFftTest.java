package org.audioimport.flavor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The transform gives every bin of the exact DFT (computed here in doubles, term by term) to float
 * accuracy, and the Vector API kernel (the tests run with jdk.incubator.vector resolved) gives the
 * scalar kernel's values to the bit.
 */
class RealFftTest {
    private static final int SIZE = RealFft.SIZE;
    private static final int HIGHEST = SIZE / 2 - 1;

    private static float[] noiseAndTones(long seed) {
        Random random = new Random(seed);
        float[] frame = new float[SIZE];
        for (int i = 0; i < SIZE; i++) {
            frame[i] = (float) (0.3 * Math.sin(2 * Math.PI * 440.5 * i / 22_050)
                    + 0.01 * Math.cos(2 * Math.PI * 7_000 * i / 22_050)
                    + 0.05 * random.nextGaussian());
        }
        return frame;
    }

    private static float[] hann() {
        float[] window = new float[SIZE];
        for (int i = 0; i < SIZE; i++) {
            window[i] = (float) (0.5 - 0.5 * Math.cos(2 * Math.PI * i / SIZE));
        }
        return window;
    }

    @Test
    void everyBinIsTheExactTransformsToFloatAccuracy() {
        float[] frame = noiseAndTones(5);
        float[] window = hann();
        RealFft fft = new RealFft(HIGHEST);
        fft.transform(frame, window);
        double[] exactRe = new double[HIGHEST + 1];
        double[] exactIm = new double[HIGHEST + 1];
        double largest = 0;
        for (int k = 0; k <= HIGHEST; k++) {
            for (int n = 0; n < SIZE; n++) {
                double x = (double) (frame[n] * window[n]);
                double angle = -2 * Math.PI * ((long) k * n % SIZE) / SIZE;
                exactRe[k] += x * Math.cos(angle);
                exactIm[k] += x * Math.sin(angle);
            }
            largest = Math.max(largest, Math.hypot(exactRe[k], exactIm[k]));
        }
        double worst = 0;
        for (int k = 0; k <= HIGHEST; k++) {
            worst = Math.max(worst, Math.abs(fft.twiceRe()[k] / 2.0 - exactRe[k]));
            worst = Math.max(worst, Math.abs(fft.twiceIm()[k] / 2.0 - exactIm[k]));
        }
        assertTrue(worst < 1e-6 * largest, "worst error " + worst + " of a largest bin " + largest);
    }

    @Test
    void theVectorKernelTransformsAsTheScalarOne() {
        float[] window = hann();
        RealFft scalar = new RealFft(HIGHEST, new ScalarFftKernel());
        RealFft vector = new RealFft(HIGHEST, new VectorFftKernel());
        for (long seed = 0; seed < 20; seed++) {
            float[] frame = noiseAndTones(seed);
            frame[(int) (seed * 97 % SIZE)] = seed % 2 == 0 ? Float.MAX_VALUE / 4 : -0f;
            scalar.transform(frame, window);
            vector.transform(frame, window);
            for (int k = 0; k <= HIGHEST; k++) {
                assertEquals(
                        Float.floatToRawIntBits(scalar.twiceRe()[k]),
                        Float.floatToRawIntBits(vector.twiceRe()[k]),
                        "re " + k);
                assertEquals(
                        Float.floatToRawIntBits(scalar.twiceIm()[k]),
                        Float.floatToRawIntBits(vector.twiceIm()[k]),
                        "im " + k);
            }
        }
    }

    @Test
    void theVectorKernelsLoopsGiveTheScalarOnesValuesOverRunsNoVectorDivides() {
        Random random = new Random(7);
        float[] frame = noiseAndTones(3);
        float[] window = hann();
        FftKernel scalar = new ScalarFftKernel();
        FftKernel vector = new VectorFftKernel();
        for (int run = 0; run < 50; run++) {
            int from = 1 + random.nextInt(300);
            int to = from + random.nextInt(200);
            float[][] expected = {new float[SIZE / 2], new float[SIZE / 2], new float[SIZE / 2], new float[SIZE / 2]};
            float[][] actual = {new float[SIZE / 2], new float[SIZE / 2], new float[SIZE / 2], new float[SIZE / 2]};
            scalar.split(frame, window, expected[0], expected[1], from, to);
            vector.split(frame, window, actual[0], actual[1], from, to);
            scalar.rotate(expected[0], expected[1], window, frame, from, to);
            vector.rotate(actual[0], actual[1], window, frame, from, to);
            scalar.butterfly(expected[0], expected[1], from, to, to - from < 100 ? to - from : 99, 0.3f, -0.7f);
            vector.butterfly(actual[0], actual[1], from, to, to - from < 100 ? to - from : 99, 0.3f, -0.7f);
            scalar.unpack(expected[0], expected[1], SIZE / 2, window, frame, expected[2], expected[3], from, to);
            vector.unpack(actual[0], actual[1], SIZE / 2, window, frame, actual[2], actual[3], from, to);
            for (int array = 0; array < 4; array++) {
                for (int i = 0; i < SIZE / 2; i++) {
                    assertEquals(
                            Float.floatToRawIntBits(expected[array][i]),
                            Float.floatToRawIntBits(actual[array][i]),
                            "points " + from + " to " + to + ", array " + array + ", point " + i);
                }
            }
        }
    }

    @Test
    void theHighestBinMustBeBelowTheHalfLength() {
        assertThrows(IllegalArgumentException.class, () -> new RealFft(SIZE / 2));
        assertThrows(IllegalArgumentException.class, () -> new RealFft(0));
    }
}
