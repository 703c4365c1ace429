package org.audioimport.analyze;

import org.audioimport.simd.VectorApi;

/**
 * The loop the K-weighting spends its time in, over two channels at once. {@link #best()} picks the
 * Vector API's when the JVM runs with {@code --add-modules jdk.incubator.vector}, else the scalar one.
 * Both give each channel what {@link KWeighting#filterOne} gives it, to the bit: the same fused
 * multiply-adds in the same order.
 */
interface KWeightingKernel {
    /**
     * Filters {@code n} samples of channels {@code a} and {@code b} from {@code offset}, their states at
     * {@code state[at..]} and {@code state[at + KWeighting.STATE..]}, and writes the sums of the squares
     * of their filtered signals into {@code sums[0]} and {@code sums[1]}.
     */
    void filterPair(KWeighting k, double[] state, int at, float[] a, float[] b, int offset, int n, double[] sums);

    /** The fastest kernel this JVM can run. */
    static KWeightingKernel best() {
        // Loaded only when the module is there: without it, the class cannot link.
        return VectorApi.present() ? new VectorKWeightingKernel() : new ScalarKWeightingKernel();
    }
}
