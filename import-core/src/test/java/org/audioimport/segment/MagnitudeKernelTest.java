package org.audioimport.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.audioimport.testing.StereoRuns;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Vector API kernel against the scalar one: every magnitude and the largest the same to the bit (the
 * tests run with jdk.incubator.vector resolved), for runs from 1 frame (narrower than any vector) on,
 * from any frame, with odd samples among them.
 */
class MagnitudeKernelTest {

    @ParameterizedTest
    @ValueSource(floats = {0.25f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, -0f, Float.MIN_VALUE})
    void theVectorKernelGivesTheScalarOnesMagnitudes(float odd) {
        Random random = new Random(Float.floatToIntBits(odd));
        float[] samples = StereoRuns.noise(random, 0.3);
        samples[2 * 333 + 1] = odd;
        MagnitudeKernel scalar = new ScalarMagnitudeKernel();
        MagnitudeKernel vector = new VectorMagnitudeKernel();
        StereoRuns.each(random, (from, frames) -> {
            float[] expected = new float[frames + 5];
            float[] actual = new float[frames + 5];
            float expectedPeak = scalar.stereo(samples, from, frames, expected, 5);
            float actualPeak = vector.stereo(samples, from, frames, actual, 5);
            String where = frames + " frames from " + from;
            assertEquals(Float.floatToRawIntBits(expectedPeak), Float.floatToRawIntBits(actualPeak), where);
            for (int k = 0; k < expected.length; k++) {
                assertEquals(
                        Float.floatToRawIntBits(expected[k]), Float.floatToRawIntBits(actual[k]), where + ", " + k);
            }
        });
    }
}
