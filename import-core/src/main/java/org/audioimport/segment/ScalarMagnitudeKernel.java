package org.audioimport.segment;

/**
 * {@link MagnitudeKernel} in plain Java. Four running maxima, so that the loop is not one chain of
 * dependent comparisons.
 */
final class ScalarMagnitudeKernel implements MagnitudeKernel {

    @Override
    public float stereo(float[] samples, int from, int frames, float[] out, int at) {
        float m0 = 0;
        float m1 = 0;
        int k = 0;
        for (int s = 2 * from; k + 1 < frames; k += 2, s += 4) {
            float a = Math.max(Math.abs(samples[s]), Math.abs(samples[s + 1]));
            float b = Math.max(Math.abs(samples[s + 2]), Math.abs(samples[s + 3]));
            out[at + k] = a;
            out[at + k + 1] = b;
            m0 = Math.max(m0, a);
            m1 = Math.max(m1, b);
        }
        for (int s = 2 * (from + k); k < frames; k++, s += 2) {
            float a = Math.max(Math.abs(samples[s]), Math.abs(samples[s + 1]));
            out[at + k] = a;
            m0 = Math.max(m0, a);
        }
        return Math.max(m0, m1);
    }
}
