package org.audioimport.flavor;

import org.audioimport.simd.VectorApi;

/**
 * Mixes interleaved stereo frames down to mono for the resampler. {@link #best()} picks the Vector
 * API's when the JVM runs with {@code --add-modules jdk.incubator.vector}, else the scalar one. Both give
 * the same values to the bit: one sum and one product a frame.
 */
interface StereoMixKernel {
    /**
     * Writes {@code (left + right) x 0.5} of {@code frames} frames of {@code samples}, from frame {@code
     * from}, into {@code out} from {@code at}.
     */
    void mix(float[] samples, int from, int frames, float[] out, int at);

    /** The fastest kernel this JVM can run. */
    static StereoMixKernel best() {
        // Loaded only when the module is there: without it, the class cannot link.
        return VectorApi.present() ? new VectorStereoMixKernel() : new ScalarStereoMixKernel();
    }
}
