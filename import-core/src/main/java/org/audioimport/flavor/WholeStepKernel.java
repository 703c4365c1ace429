package org.audioimport.flavor;

import org.audioimport.simd.VectorApi;

/**
 * The loop the resampler spends its time in when the rates' ratio is whole (44.1 kHz to 22,050 Hz).
 * {@link #best()} picks the Vector API's when the JVM runs with {@code --add-modules
 * jdk.incubator.vector}, else the scalar one. Both give the same results to the bit: each element is
 * one product and one sum, in the same order.
 */
interface WholeStepKernel {
    /** {@code out[m] += from[m + shift] * c} for every {@code m} below {@code n}. */
    void addScaled(float[] out, float[] from, int shift, float c, int n);

    /** The fastest kernel this JVM can run. */
    static WholeStepKernel best() {
        // Loaded only when the module is there: without it, the class cannot link.
        return VectorApi.present() ? new VectorWholeStepKernel() : new ScalarWholeStepKernel();
    }
}
