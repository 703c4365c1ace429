package org.audioimport.analyze;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The Vector API kernel splits stereo frames as the scalar one does (the tests run with
 * jdk.incubator.vector resolved), for runs from 1 frame (narrower than any vector) on, from any frame.
 */
class StereoSplitKernelTest {

    @Test
    void theVectorKernelSplitsAsTheScalarOne() {
        Random random = new Random(11);
        float[] samples = new float[2 * 700];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = random.nextFloat() - 0.5f;
        }
        samples[501] = Float.NaN;
        samples[502] = -0f;
        StereoSplitKernel scalar = new ScalarStereoSplitKernel();
        StereoSplitKernel vector = new VectorStereoSplitKernel();
        for (int run = 0; run < 300; run++) {
            int from = random.nextInt(600);
            int frames = 1 + random.nextInt(700 - from);
            float[][] expected = new float[2][frames + 3];
            float[][] actual = new float[2][frames + 3];
            scalar.split(samples, from, frames, expected[0], expected[1], 3);
            vector.split(samples, from, frames, actual[0], actual[1], 3);
            assertArrayEquals(expected[0], actual[0], frames + " frames from " + from);
            assertArrayEquals(expected[1], actual[1], frames + " frames from " + from);
        }
    }
}
