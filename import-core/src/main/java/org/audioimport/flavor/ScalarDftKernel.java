package org.audioimport.flavor;

/** {@link DftKernel} in plain Java, which the JIT compiles bin by bin. */
final class ScalarDftKernel implements DftKernel {
    @Override
    public void accumulate(double sample, double[] cos, double[] sin, int row, double[] re, double[] im, int bins) {
        for (int b = 0; b < bins; b++) {
            re[b] += sample * cos[row + b];
            im[b] -= sample * sin[row + b];
        }
    }
}
