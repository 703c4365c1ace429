package org.audioimport.analyze;

/** {@link StereoSplitKernel} in plain Java. */
final class ScalarStereoSplitKernel implements StereoSplitKernel {

    @Override
    public void split(float[] samples, int from, int frames, float[] left, float[] right, int at) {
        for (int k = 0, s = 2 * from; k < frames; k++, s += 2) {
            left[at + k] = samples[s];
            right[at + k] = samples[s + 1];
        }
    }
}
