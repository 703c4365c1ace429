package org.audioimport.analyze;

import jdk.incubator.vector.FloatVector;
import org.audioimport.simd.StereoLanes;

/**
 * {@link StereoSplitKernel} with the incubating Vector API: two vectors of interleaved samples give a
 * vector of each channel, picked out by the two shuffles of {@link StereoLanes}. The frames a whole vector does not hold go to the
 * scalar loop. A strided scalar copy cost as much as a quarter of the analyze phase's own work. Only
 * {@link StereoSplitKernel#best()} makes one, and only when the module is present.
 */
final class VectorStereoSplitKernel implements StereoSplitKernel {
    private final ScalarStereoSplitKernel tail = new ScalarStereoSplitKernel();

    @Override
    public void split(float[] samples, int from, int frames, float[] left, float[] right, int at) {
        int width = StereoLanes.LANES.length();
        int k = 0;
        for (int s = 2 * from; k + width <= frames; k += width, s += 2 * width) {
            FloatVector first = FloatVector.fromArray(StereoLanes.LANES, samples, s);
            FloatVector second = FloatVector.fromArray(StereoLanes.LANES, samples, s + width);
            first.rearrange(StereoLanes.LEFT, second).intoArray(left, at + k);
            first.rearrange(StereoLanes.RIGHT, second).intoArray(right, at + k);
        }
        tail.split(samples, from + k, frames - k, left, right, at + k);
    }
}
