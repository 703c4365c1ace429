package org.audioimport.index;

import org.audioimport.simd.VectorApi;

/**
 * The two loops every distance of the index comes down to, over {@code length} floats of two arrays from
 * the given offsets. {@link #best()} picks the Vector API's when the JVM runs with
 * {@code --add-modules jdk.incubator.vector}, else the scalar one; the two agree within float rounding.
 */
interface DistanceKernel {
    float dot(float[] a, int aOffset, float[] b, int bOffset, int length);

    float squaredL2(float[] a, int aOffset, float[] b, int bOffset, int length);

    /** The fastest kernel this JVM can run. */
    static DistanceKernel best() {
        // Loaded only when the module is there: without it, the class cannot link.
        return VectorApi.present() ? new VectorApiKernel() : new ScalarKernel();
    }
}
