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
        int last = to - width;
        FloatVector max = FloatVector.zero(LANES);
        for (int i = from; ; i += width) {
            int at = Math.min(i, last);
            if (coefficients.length == 4) {
                max = max.max(threePhases(coefficients[1], coefficients[2], coefficients[3], x, at));
            } else {
                for (int p = 1; p < coefficients.length; p++) {
                    max = max.max(phase(coefficients[p], x, at));
                }
            }
            if (at == last) {
                return max.reduceLanes(VectorOperators.MAX);
            }
        }
    }

    /**
     * The largest magnitude of three phases at the positions {@code at..at+width}, for 4x oversampling
     * (44.1 and 48 kHz). Each phase's taps in order, as {@link #phase} adds them, but the three sums in
     * one loop: three chains of additions overlap instead of one waiting on the next, and each input is
     * loaded once for the three.
     */
    private static FloatVector threePhases(float[] a, float[] b, float[] c, float[] x, int at) {
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
        return sumA.abs().max(sumB.abs()).max(sumC.abs());
    }

    /**
     * The magnitudes of one phase at the positions {@code at..at+width}, the taps in order. A loop, not
     * the taps written out: small enough for the JIT to inline, so that the vectors stay in registers
     * instead of being boxed on the heap at every call.
     */
    private static FloatVector phase(float[] c, float[] x, int at) {
        FloatVector sum = FloatVector.fromArray(LANES, x, at).mul(c[0]);
        for (int k = 1; k < c.length; k++) {
            sum = sum.add(FloatVector.fromArray(LANES, x, at + k).mul(c[k]));
        }
        return sum.abs();
    }
}
