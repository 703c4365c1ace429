package org.audioimport.flavor;

/** {@link StereoMixKernel} in plain Java. */
final class ScalarStereoMixKernel implements StereoMixKernel {

    @Override
    public void mix(float[] samples, int from, int frames, float[] out, int at) {
        for (int k = 0, s = 2 * from; k < frames; k++, s += 2) {
            out[at + k] = (samples[s] + samples[s + 1]) * 0.5f;
        }
    }
}
