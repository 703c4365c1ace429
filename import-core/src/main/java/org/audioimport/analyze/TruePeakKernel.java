package org.audioimport.analyze;

import org.audioimport.simd.VectorApi;

/**
 * The two loops the true-peak meter spends its time in. {@link #best()} picks the Vector API's when
 * the JVM runs with {@code --add-modules jdk.incubator.vector}, else the scalar one. Both give the
 * same results to the bit: the same float products summed in the same order for every position, and a
 * maximum, which does not depend on the order it is taken in.
 */
interface TruePeakKernel {
    /** The largest magnitude of {@code x[from..to)}. */
    float largestMagnitude(float[] x, int from, int to);

    /**
     * The largest magnitude of every phase at positions {@code from..to}: phase {@code p}'s value at
     * position {@code i} is the sum of {@code coefficients[p][k] * x[i + k]} over its taps in tap order,
     * for {@code p} from 1 (phase 0 is the input itself). Every phase has the same number of taps.
     */
    float interpolate(float[][] coefficients, float[] x, int from, int to);

    /** The fastest kernel this JVM can run. */
    static TruePeakKernel best() {
        // Loaded only when the module is there: without it, the class cannot link.
        return VectorApi.present() ? new VectorTruePeakKernel() : new ScalarTruePeakKernel();
    }
}
