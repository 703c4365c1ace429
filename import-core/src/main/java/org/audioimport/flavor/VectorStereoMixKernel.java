package org.audioimport.flavor;

import jdk.incubator.vector.FloatVector;
import org.audioimport.simd.StereoLanes;

/**
 * {@link StereoMixKernel} with the incubating Vector API: two vectors of interleaved samples give a
 * vector of each channel, picked out by the two shuffles of {@link StereoLanes}, then the sum and the product lane by lane. The
 * frames a whole vector does not hold go to the scalar loop. Only {@link StereoMixKernel#best()} makes
 * one, and only when the module is present.
 */
final class VectorStereoMixKernel implements StereoMixKernel {
    private final ScalarStereoMixKernel tail = new ScalarStereoMixKernel();

    @Override
    public void mix(float[] samples, int from, int frames, float[] out, int at) {
        int width = StereoLanes.LANES.length();
        int k = 0;
        for (int s = 2 * from; k + width <= frames; k += width, s += 2 * width) {
            FloatVector first = FloatVector.fromArray(StereoLanes.LANES, samples, s);
            FloatVector second = FloatVector.fromArray(StereoLanes.LANES, samples, s + width);
            FloatVector left = first.rearrange(StereoLanes.LEFT, second);
            FloatVector right = first.rearrange(StereoLanes.RIGHT, second);
            left.add(right).mul(0.5f).intoArray(out, at + k);
        }
        tail.mix(samples, from + k, frames - k, out, at + k);
    }
}
