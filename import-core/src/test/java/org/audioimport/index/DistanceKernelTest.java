package org.audioimport.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.audioimport.simd.VectorApi;
import org.junit.jupiter.api.Test;

/** The Vector API kernel against the scalar one (the tests run with jdk.incubator.vector resolved). */
class DistanceKernelTest {
    private static final DistanceKernel SCALAR = new ScalarKernel();
    private static final DistanceKernel SIMD = new VectorApiKernel();
    /** Float rounding: both sum the same terms in another order, one of them with fused multiply-adds. */
    private static final double RELATIVE_TOLERANCE = 1e-5;

    @Test
    void picksTheVectorApiWhenTheJvmHasTheModule() {
        assertTrue(VectorApi.present());
        assertInstanceOf(VectorApiKernel.class, DistanceKernel.best());
        assertTrue(VectorIndex.distanceKernel().startsWith("Vector API"), VectorIndex.distanceKernel());
    }

    @Test
    void givesTheScalarDistancesWithinFloatRoundingAtEveryLengthAndOffset() {
        SplittableRandom random = new SplittableRandom(7);
        for (int length = 1; length <= 200; length++) {
            int aOffset = random.nextInt(5);
            int bOffset = random.nextInt(5);
            float[] a = randomArray(random, aOffset + length);
            float[] b = randomArray(random, bOffset + length);
            double absoluteDot = 0;
            double squared = 0;
            for (int i = 0; i < length; i++) {
                absoluteDot += Math.abs((double) a[aOffset + i] * b[bOffset + i]);
                double d = (double) a[aOffset + i] - b[bOffset + i];
                squared += d * d;
            }
            assertEquals(
                    SCALAR.dot(a, aOffset, b, bOffset, length),
                    SIMD.dot(a, aOffset, b, bOffset, length),
                    RELATIVE_TOLERANCE * absoluteDot,
                    "dot of length " + length);
            assertEquals(
                    SCALAR.squaredL2(a, aOffset, b, bOffset, length),
                    SIMD.squaredL2(a, aOffset, b, bOffset, length),
                    RELATIVE_TOLERANCE * squared,
                    "squared L2 of length " + length);
        }
    }

    @Test
    void givesZeroBetweenAVectorAndItself() {
        float[] v = randomArray(new SplittableRandom(3), 64);
        assertEquals(0f, SIMD.squaredL2(v, 0, v, 0, v.length));
    }

    private static float[] randomArray(SplittableRandom random, int length) {
        float[] values = new float[length];
        for (int i = 0; i < length; i++) {
            values[i] = (float) (random.nextDouble() * 4 - 2);
        }
        return values;
    }
}
