package org.audioimport.analyze;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link StereoSplitKernel} with the incubating Vector API: two vectors of interleaved samples give a
 * vector of each channel, picked out by two shuffles. The frames a whole vector does not hold go to the
 * scalar loop. A strided scalar copy cost as much as a quarter of the analyze phase's own work. Only
 * {@link StereoSplitKernel#best()} makes one, and only when the module is present.
 */
final class VectorStereoSplitKernel implements StereoSplitKernel {
    private static final VectorSpecies<Float> LANES = FloatVector.SPECIES_PREFERRED;
    /** Lane i takes sample 2i of the pair of vectors: indices past the first vector pick from the second. */
    private static final VectorShuffle<Float> LEFT = VectorShuffle.fromOp(LANES, i -> 2 * i);

    private static final VectorShuffle<Float> RIGHT = VectorShuffle.fromOp(LANES, i -> 2 * i + 1);

    private final ScalarStereoSplitKernel tail = new ScalarStereoSplitKernel();

    @Override
    public void split(float[] samples, int from, int frames, float[] left, float[] right, int at) {
        int width = LANES.length();
        int k = 0;
        for (int s = 2 * from; k + width <= frames; k += width, s += 2 * width) {
            FloatVector first = FloatVector.fromArray(LANES, samples, s);
            FloatVector second = FloatVector.fromArray(LANES, samples, s + width);
            first.rearrange(LEFT, second).intoArray(left, at + k);
            first.rearrange(RIGHT, second).intoArray(right, at + k);
        }
        tail.split(samples, from + k, frames - k, left, right, at + k);
    }
}
