package org.audioimport.simd;

/**
 * Whether the incubating Vector API can be used: each of the SIMD kernels (the segment phase's
 * magnitudes; the analyze phase's channel split, K-weighting and true peak; the flavor's mix, resampler,
 * zero crossings and DFT; the index's distances) asks here before it loads its Vector API class, which
 * cannot link without the module.
 */
public final class VectorApi {
    private VectorApi() {}

    /** Whether the JVM was started with {@code --add-modules jdk.incubator.vector}. */
    public static boolean present() {
        return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    }
}
