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

    /** The taps are written out, so that each position is one expression, summed in tap order. */
    @Override
    public float interpolate(float[][] coefficients, float[] x, int from, int to) {
        int max = 0;
        for (int p = 1; p < coefficients.length; p++) {
            float[] c = coefficients[p];
            float c0 = c[0], c1 = c[1], c2 = c[2], c3 = c[3];
            float c4 = c[4], c5 = c[5], c6 = c[6], c7 = c[7];
            float c8 = c[8], c9 = c[9], c10 = c[10], c11 = c[11];
            float c12 = c[12], c13 = c[13], c14 = c[14], c15 = c[15];
            for (int i = from; i < to; i++) {
                float v = c0 * x[i]
                        + c1 * x[i + 1]
                        + c2 * x[i + 2]
                        + c3 * x[i + 3]
                        + c4 * x[i + 4]
                        + c5 * x[i + 5]
                        + c6 * x[i + 6]
                        + c7 * x[i + 7]
                        + c8 * x[i + 8]
                        + c9 * x[i + 9]
                        + c10 * x[i + 10]
                        + c11 * x[i + 11]
                        + c12 * x[i + 12]
                        + c13 * x[i + 13]
                        + c14 * x[i + 14]
                        + c15 * x[i + 15];
                max = Math.max(max, Float.floatToRawIntBits(v) & 0x7fffffff);
            }
        }
        return Float.intBitsToFloat(max);
    }
}
