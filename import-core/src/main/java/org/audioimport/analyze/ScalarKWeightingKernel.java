package org.audioimport.analyze;

/** {@link KWeightingKernel} without the Vector API: one channel after the other. */
final class ScalarKWeightingKernel implements KWeightingKernel {

    @Override
    public void filterPair(
            KWeighting k, double[] state, int at, float[] a, float[] b, int offset, int n, double[] sums) {
        sums[0] = k.filterOne(state, at, a, offset, n);
        sums[1] = k.filterOne(state, at + KWeighting.STATE, b, offset, n);
    }
}
