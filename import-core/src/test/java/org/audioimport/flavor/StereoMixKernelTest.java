package org.audioimport.flavor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.audioimport.testing.StereoRuns;
import org.junit.jupiter.api.Test;

/**
 * The Vector API kernel mixes stereo frames to the bit as the scalar one does (the tests run with
 * jdk.incubator.vector resolved), for runs from 1 frame (narrower than any vector) on, from any frame.
 */
class StereoMixKernelTest {

    @Test
    void theVectorKernelMixesAsTheScalarOne() {
        Random random = new Random(13);
        float[] samples = StereoRuns.noise(random, 1);
        samples[401] = Float.NaN;
        samples[402] = Float.MAX_VALUE;
        samples[403] = Float.MAX_VALUE;
        StereoMixKernel scalar = new ScalarStereoMixKernel();
        StereoMixKernel vector = new VectorStereoMixKernel();
        StereoRuns.each(random, (from, frames) -> {
            float[] expected = new float[frames + 2];
            float[] actual = new float[frames + 2];
            scalar.mix(samples, from, frames, expected, 2);
            vector.mix(samples, from, frames, actual, 2);
            for (int k = 0; k < expected.length; k++) {
                assertEquals(
                        Float.floatToRawIntBits(expected[k]),
                        Float.floatToRawIntBits(actual[k]),
                        frames + " frames from " + from + ", " + k);
            }
        });
    }
}
