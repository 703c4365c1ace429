package org.audioimport.flavor;

import org.audioimport.simd.VectorApi;

/**
 * Counts a frame's zero crossings. {@link #best()} picks the Vector API's when the JVM runs with {@code
 * --add-modules jdk.incubator.vector}, else the scalar one; a count does not depend on how it is taken.
 */
interface SignChangeKernel {
    /**
     * How many {@code i} from 1 to {@code n - 1} have {@code x[i] >= 0} and {@code x[i - 1] >= 0} differ
     * (so -0 counts as positive, and NaN as negative).
     */
    int signChanges(float[] x, int n);

    /** The fastest kernel this JVM can run. */
    static SignChangeKernel best() {
        // Loaded only when the module is there: without it, the class cannot link.
        return VectorApi.present() ? new VectorSignChangeKernel() : new ScalarSignChangeKernel();
    }
}
