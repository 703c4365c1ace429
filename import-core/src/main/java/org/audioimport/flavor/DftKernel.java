package org.audioimport.flavor;

import org.audioimport.simd.VectorApi;

/**
 * The loop of the fluctuation patterns' direct DFT ({@link BlockPatterns}). {@link #best()} picks the
 * Vector API's when the JVM runs with {@code --add-modules jdk.incubator.vector}, else the scalar one.
 * Both give the same results to the bit: each bin starts at zero and takes one product and one sum per
 * sample, in sample order.
 */
interface DftKernel {
    /**
     * For every {@code b} below {@code bins}: {@code re[b]} the sum of {@code x[i] * cos[i * bins + b]}
     * and {@code im[b]} minus the sum of {@code x[i] * sin[i * bins + b]}, over {@code i} below {@code
     * samples}.
     */
    void transform(double[] x, int samples, double[] cos, double[] sin, double[] re, double[] im, int bins);

    /** The fastest kernel this JVM can run. */
    static DftKernel best() {
        // Loaded only when the module is there: without it, the class cannot link.
        return VectorApi.present() ? new VectorDftKernel() : new ScalarDftKernel();
    }
}
