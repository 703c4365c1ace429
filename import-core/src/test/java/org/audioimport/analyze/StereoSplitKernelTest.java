package org.audioimport.analyze;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;
import org.audioimport.testing.StereoRuns;
import org.junit.jupiter.api.Test;

/**
 * The Vector API kernel splits stereo frames as the scalar one does (the tests run with
 * jdk.incubator.vector resolved), for runs from 1 frame (narrower than any vector) on, from any frame.
 */
class StereoSplitKernelTest {

    @Test
    void theVectorKernelSplitsAsTheScalarOne() {
        Random random = new Random(11);
        float[] samples = StereoRuns.noise(random, 0.3);
        samples[501] = Float.NaN;
        samples[502] = -0f;
        StereoSplitKernel scalar = new ScalarStereoSplitKernel();
        StereoSplitKernel vector = new VectorStereoSplitKernel();
        StereoRuns.each(random, (from, frames) -> {
            float[][] expected = new float[2][frames + 3];
            float[][] actual = new float[2][frames + 3];
            scalar.split(samples, from, frames, expected[0], expected[1], 3);
            vector.split(samples, from, frames, actual[0], actual[1], 3);
            assertArrayEquals(expected[0], actual[0], frames + " frames from " + from);
            assertArrayEquals(expected[1], actual[1], frames + " frames from " + from);
        });
    }
}
