package org.audioimport.flavor;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link StereoMixKernel} with the incubating Vector API: two vectors of interleaved samples give a
 * vector of each channel, picked out by two shuffles, then the sum and the product lane by lane. The
 * frames a whole vector does not hold go to the scalar loop. Only {@link StereoMixKernel#best()} makes
 * one, and only when the module is present.
 */
final class VectorStereoMixKernel implements StereoMixKernel {
    private static final VectorSpecies<Float> LANES = FloatVector.SPECIES_PREFERRED;
    /** Lane i takes sample 2i of the pair of vectors: indices past the first vector pick from the second. */
    private static final VectorShuffle<Float> LEFT = VectorShuffle.fromOp(LANES, i -> 2 * i);

    private static final VectorShuffle<Float> RIGHT = VectorShuffle.fromOp(LANES, i -> 2 * i + 1);

    private final ScalarStereoMixKernel tail = new ScalarStereoMixKernel();

    @Override
    public void mix(float[] samples, int from, int frames, float[] out, int at) {
        int width = LANES.length();
        int k = 0;
        for (int s = 2 * from; k + width <= frames; k += width, s += 2 * width) {
            FloatVector first = FloatVector.fromArray(LANES, samples, s);
            FloatVector second = FloatVector.fromArray(LANES, samples, s + width);
            FloatVector left = first.rearrange(LEFT, second);
            FloatVector right = first.rearrange(RIGHT, second);
            left.add(right).mul(0.5f).intoArray(out, at + k);
        }
        tail.mix(samples, from + k, frames - k, out, at + k);
    }
}
