package org.audioimport.analyze;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The loops with the incubating Vector API (jdk.incubator.vector): the widest lanes the CPU has, one
 * position per lane. Every lane multiplies and adds as the scalar loop does, without fused
 * multiply-adds, so each value is the scalar one to the bit. A range's last vector ends at its end and
 * may cover positions the one before it did: a maximum does not mind, and no lane reads past the range.
 * Ranges narrower than a vector go to the scalar loops. Only {@link TruePeakKernel#best()} makes one,
 * and only when the module is present.
 */
final class VectorTruePeakKernel implements TruePeakKernel {
    private static final VectorSpecies<Float> LANES = FloatVector.SPECIES_PREFERRED;

    private final ScalarTruePeakKernel narrow = new ScalarTruePeakKernel();

    @Override
    public float largestMagnitude(float[] x, int from, int to) {
        int width = LANES.length();
        if (to - from < width) {
            return narrow.largestMagnitude(x, from, to);
        }
        int last = to - width;
        FloatVector max = FloatVector.fromArray(LANES, x, last).abs();
        for (int i = from; i < last; i += width) {
            max = max.max(FloatVector.fromArray(LANES, x, i).abs());
        }
        return max.reduceLanes(VectorOperators.MAX);
    }

    @Override
    public float interpolate(float[][] coefficients, float[] x, int from, int to) {
        int width = LANES.length();
        if (to - from < width) {
            return narrow.interpolate(coefficients, x, from, to);
        }
        if (coefficients.length == 4) {
            return threePhases(coefficients[1], coefficients[2], coefficients[3], x, from, to - width);
        }
        int last = to - width;
        FloatVector max = FloatVector.zero(LANES);
        for (int i = from; ; i += width) {
            int at = Math.min(i, last);
            for (int p = 1; p < coefficients.length; p++) {
                float[] c = coefficients[p];
                FloatVector sum = FloatVector.fromArray(LANES, x, at).mul(c[0]);
                for (int k = 1; k < c.length; k++) {
                    sum = sum.add(FloatVector.fromArray(LANES, x, at + k).mul(c[k]));
                }
                max = max.max(sum.abs());
            }
            if (at == last) {
                return max.reduceLanes(VectorOperators.MAX);
            }
        }
    }

    /**
     * {@link #interpolate} for 4x oversampling (44.1 and 48 kHz): three phases, each with its taps in
     * order as the other rates' loop adds them, but the three sums in one loop, so that three chains of additions
     * overlap instead of one waiting on the next, and each input is loaded once for the three. The whole
     * loop is one method: a vector passed out of a call the JIT does not inline is boxed on the heap.
     */
    private static float threePhases(float[] a, float[] b, float[] c, float[] x, int from, int last) {
        int width = LANES.length();
        FloatVector max = FloatVector.zero(LANES);
        for (int i = from; ; i += width) {
            int at = Math.min(i, last);
            FloatVector in = FloatVector.fromArray(LANES, x, at);
            FloatVector sumA = in.mul(a[0]);
            FloatVector sumB = in.mul(b[0]);
            FloatVector sumC = in.mul(c[0]);
            for (int k = 1; k < a.length; k++) {
                in = FloatVector.fromArray(LANES, x, at + k);
                sumA = sumA.add(in.mul(a[k]));
                sumB = sumB.add(in.mul(b[k]));
                sumC = sumC.add(in.mul(c[k]));
            }
            max = max.max(sumA.abs()).max(sumB.abs()).max(sumC.abs());
            if (at == last) {
                return max.reduceLanes(VectorOperators.MAX);
            }
        }
    }
}
