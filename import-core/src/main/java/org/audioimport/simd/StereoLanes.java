package org.audioimport.simd;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * How the stereo kernels (segment, analyze, flavor) pick the two channels out of interleaved samples:
 * two vectors of {@link #LANES} samples hold that many frames, and {@link #LEFT} and {@link #RIGHT},
 * given to {@code first.rearrange(shuffle, second)}, gather each channel's samples in frame order.
 * Indices past the first vector pick from the second. Only kernels that the Vector API's presence let
 * load use it: without the module, this class cannot link.
 */
public final class StereoLanes {
    /** The widest lanes the CPU has. */
    public static final VectorSpecies<Float> LANES = FloatVector.SPECIES_PREFERRED;
    /** Lane i takes sample 2i of the pair of vectors: the left channel. */
    public static final VectorShuffle<Float> LEFT = VectorShuffle.fromOp(LANES, i -> 2 * i);
    /** Lane i takes sample 2i + 1 of the pair of vectors: the right channel. */
    public static final VectorShuffle<Float> RIGHT = VectorShuffle.fromOp(LANES, i -> 2 * i + 1);

    private StereoLanes() {}
}
