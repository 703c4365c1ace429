package org.audioimport.segment;

import org.audioimport.simd.VectorApi;

/**
 * The loop the level history spends its time in: each stereo frame's magnitude, its louder channel's.
 * {@link #best()} picks the Vector API's when the JVM runs with {@code --add-modules jdk.incubator.vector},
 * else the scalar one. Both give the same values to the bit: an absolute value and a maximum are exact,
 * and a maximum does not depend on the order it is taken in (a NaN gives NaN either way).
 */
interface MagnitudeKernel {
    /**
     * Writes the magnitudes of {@code frames} stereo frames of {@code samples}, from frame {@code from},
     * into {@code out} from {@code at}; returns the largest of them, never below 0.
     */
    float stereo(float[] samples, int from, int frames, float[] out, int at);

    /** The fastest kernel this JVM can run. */
    static MagnitudeKernel best() {
        // Loaded only when the module is there: without it, the class cannot link.
        return VectorApi.present() ? new VectorMagnitudeKernel() : new ScalarMagnitudeKernel();
    }
}
