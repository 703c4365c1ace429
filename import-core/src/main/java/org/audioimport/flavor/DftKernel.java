package org.audioimport.flavor;

import org.audioimport.simd.VectorApi;

/**
 * The loop of the fluctuation patterns' direct DFT ({@link BlockPatterns}): one sample's products
 * added to every bin. {@link #best()} picks the Vector API's when the JVM runs with {@code
 * --add-modules jdk.incubator.vector}, else the scalar one. Both give the same results to the bit:
 * each bin is one product and one sum per sample, in sample order.
 */
interface DftKernel {
    /**
     * {@code re[b] += sample * cos[row + b]} and {@code im[b] -= sample * sin[row + b]} for every
     * {@code b} below {@code bins}.
     */
    void accumulate(double sample, double[] cos, double[] sin, int row, double[] re, double[] im, int bins);

    /** The fastest kernel this JVM can run. */
    static DftKernel best() {
        // Loaded only when the module is there: without it, the class cannot link.
        return VectorApi.present() ? new VectorDftKernel() : new ScalarDftKernel();
    }
}
