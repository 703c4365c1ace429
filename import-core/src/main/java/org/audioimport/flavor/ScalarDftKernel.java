package org.audioimport.flavor;

/** {@link DftKernel} in plain Java, which the JIT compiles bin by bin. */
final class ScalarDftKernel implements DftKernel {
    @Override
    public void transform(double[] x, int samples, double[] cos, double[] sin, double[] re, double[] im, int bins) {
        sumBins(x, samples, cos, sin, re, im, bins, 0);
    }

    /** {@link #transform} for the bins from {@code firstBin} on. */
    static void sumBins(
            double[] x, int samples, double[] cos, double[] sin, double[] re, double[] im, int bins, int firstBin) {
        for (int b = firstBin; b < bins; b++) {
            double real = 0;
            double imaginary = 0;
            for (int i = 0, at = b; i < samples; i++, at += bins) {
                real += x[i] * cos[at];
                imaginary -= x[i] * sin[at];
            }
            re[b] = real;
            im[b] = imaginary;
        }
    }
}
