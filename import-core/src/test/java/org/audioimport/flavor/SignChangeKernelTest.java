package org.audioimport.flavor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Both kernels count what a comparison of each sample with the one before it counts, for every length. */
class SignChangeKernelTest {

    @Test
    void bothKernelsCountEveryChangeOfSignAtEveryLength() {
        Random random = new Random(29);
        float[] x = new float[300];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextGaussian();
        }
        // Zeros of both signs count as positive, NaN as negative; runs of one sign count nothing.
        x[10] = -0f;
        x[11] = 0f;
        x[12] = -1f;
        x[40] = Float.NaN;
        x[41] = 1f;
        for (int i = 100; i < 140; i++) {
            x[i] = 0.5f;
        }
        for (int n = 1; n <= x.length; n++) {
            int expected = 0;
            for (int i = 1; i < n; i++) {
                expected += (x[i] >= 0) != (x[i - 1] >= 0) ? 1 : 0;
            }
            assertEquals(expected, new ScalarSignChangeKernel().signChanges(x, n), "scalar, n = " + n);
            assertEquals(expected, new VectorSignChangeKernel().signChanges(x, n), "vector, n = " + n);
        }
    }

    @Test
    void aSignThatAlternatesChangesAtEverySample() {
        float[] x = new float[2048];
        for (int i = 0; i < x.length; i++) {
            x[i] = i % 2 == 0 ? 1e-30f : -1e-30f;
        }
        assertEquals(2047, new VectorSignChangeKernel().signChanges(x, x.length));
        assertEquals(2047, new ScalarSignChangeKernel().signChanges(x, x.length));
    }
}
