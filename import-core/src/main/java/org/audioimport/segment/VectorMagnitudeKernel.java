package org.audioimport.segment;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import org.audioimport.simd.StereoLanes;

/**
 * {@link MagnitudeKernel} with the incubating Vector API: two vectors of interleaved samples give one of
 * frames, their left and right channels picked out by the two shuffles of {@link StereoLanes}, then the absolute values and the
 * maximum lane by lane, as the scalar loop takes them. The frames a whole vector does not hold go to the
 * scalar loop. Only {@link MagnitudeKernel#best()} makes one, and only when the module is present.
 */
final class VectorMagnitudeKernel implements MagnitudeKernel {
    private final ScalarMagnitudeKernel tail = new ScalarMagnitudeKernel();

    @Override
    public float stereo(float[] samples, int from, int frames, float[] out, int at) {
        int width = StereoLanes.LANES.length();
        FloatVector max = FloatVector.zero(StereoLanes.LANES);
        int k = 0;
        for (int s = 2 * from; k + width <= frames; k += width, s += 2 * width) {
            FloatVector first = FloatVector.fromArray(StereoLanes.LANES, samples, s);
            FloatVector second = FloatVector.fromArray(StereoLanes.LANES, samples, s + width);
            FloatVector left = first.rearrange(StereoLanes.LEFT, second).abs();
            FloatVector right = first.rearrange(StereoLanes.RIGHT, second).abs();
            FloatVector magnitudes = left.max(right);
            magnitudes.intoArray(out, at + k);
            max = max.max(magnitudes);
        }
        float largest = max.reduceLanes(VectorOperators.MAX);
        return k < frames ? Math.max(largest, tail.stereo(samples, from + k, frames - k, out, at + k)) : largest;
    }
}
