package org.audioimport.flavor;

/** {@link WholeStepKernel} in plain Java, which the JIT compiles element by element. */
final class ScalarWholeStepKernel implements WholeStepKernel {
    @Override
    public void addScaled(float[] out, float[] from, int shift, float c, int n) {
        for (int m = 0; m < n; m++) {
            out[m] += from[m + shift] * c;
        }
    }
}
