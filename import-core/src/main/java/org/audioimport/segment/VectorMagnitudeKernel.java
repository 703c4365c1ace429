package org.audioimport.segment;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link MagnitudeKernel} with the incubating Vector API: two vectors of interleaved samples give one of
 * frames, their left and right channels picked out by two shuffles, then the absolute values and the
 * maximum lane by lane, as the scalar loop takes them. The frames a whole vector does not hold go to the
 * scalar loop. Only {@link MagnitudeKernel#best()} makes one, and only when the module is present.
 */
final class VectorMagnitudeKernel implements MagnitudeKernel {
    private static final VectorSpecies<Float> LANES = FloatVector.SPECIES_PREFERRED;
    /** Lane i takes sample 2i of the pair of vectors: indices past the first vector pick from the second. */
    private static final VectorShuffle<Float> LEFT = VectorShuffle.fromOp(LANES, i -> 2 * i);

    private static final VectorShuffle<Float> RIGHT = VectorShuffle.fromOp(LANES, i -> 2 * i + 1);

    private final ScalarMagnitudeKernel tail = new ScalarMagnitudeKernel();

    @Override
    public float stereo(float[] samples, int from, int frames, float[] out, int at) {
        int width = LANES.length();
        FloatVector max = FloatVector.zero(LANES);
        int k = 0;
        for (int s = 2 * from; k + width <= frames; k += width, s += 2 * width) {
            FloatVector first = FloatVector.fromArray(LANES, samples, s);
            FloatVector second = FloatVector.fromArray(LANES, samples, s + width);
            FloatVector left = first.rearrange(LEFT, second).abs();
            FloatVector right = first.rearrange(RIGHT, second).abs();
            FloatVector magnitudes = left.max(right);
            magnitudes.intoArray(out, at + k);
            max = max.max(magnitudes);
        }
        float largest = max.reduceLanes(VectorOperators.MAX);
        return k < frames ? Math.max(largest, tail.stereo(samples, from + k, frames - k, out, at + k)) : largest;
    }
}
