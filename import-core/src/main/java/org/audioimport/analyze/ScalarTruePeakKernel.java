package org.audioimport.analyze;

/**
 * Plain Java loops, for a JVM without the Vector API. The JIT does not vectorise the interpolation (it
 * cannot rule out that the taps it reads overlap what a loop writes), so this costs about four times
 * the Vector API's.
 */
final class ScalarTruePeakKernel implements TruePeakKernel {
    @Override
    public float largestMagnitude(float[] x, int from, int to) {
        float max = 0;
        for (int i = from; i < to; i++) {
            max = Math.max(max, Math.abs(x[i]));
        }
        return max;
    }

    /** Each position summed in tap order, a product then an add per tap, as the vector lanes do. */
    @Override
    public float interpolate(float[][] coefficients, float[] x, int from, int to) {
        int max = 0;
        for (int p = 1; p < coefficients.length; p++) {
            float[] c = coefficients[p];
            for (int i = from; i < to; i++) {
                float v = c[0] * x[i];
                for (int k = 1; k < c.length; k++) {
                    v += c[k] * x[i + k];
                }
                max = Math.max(max, Float.floatToRawIntBits(v) & 0x7fffffff);
            }
        }
        return Float.intBitsToFloat(max);
    }
}
