package org.audioimport.analyze;

import org.audioimport.simd.VectorApi;

/**
 * Splits interleaved stereo frames into a buffer per channel, for the K-weighting and the true-peak
 * meter. {@link #best()} picks the Vector API's when the JVM runs with {@code --add-modules
 * jdk.incubator.vector}, else the scalar one; a copy is a copy, so both give the same values.
 */
interface StereoSplitKernel {
    /**
     * Copies the left and right samples of {@code frames} frames of {@code samples}, from frame {@code
     * from}, into {@code left} and {@code right} from {@code at}.
     */
    void split(float[] samples, int from, int frames, float[] left, float[] right, int at);

    /** The fastest kernel this JVM can run. */
    static StereoSplitKernel best() {
        // Loaded only when the module is there: without it, the class cannot link.
        return VectorApi.present() ? new VectorStereoSplitKernel() : new ScalarStereoSplitKernel();
    }
}
