package org.audioimport.flavor;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link DftKernel} with the incubating Vector API: the widest lanes the CPU has, one bin per lane, a
 * multiply then an add or subtract (no fused multiply-add), so each bin is the scalar one to the bit.
 * Two vectors of bins are summed at once through every sample, their sums held in registers: summing
 * one sample into every bin, in memory, ran a 128-sample, 60-bin block a third slower. Only {@link
 * DftKernel#best()} makes one, and only when the module is present.
 */
final class VectorDftKernel implements DftKernel {
    private static final VectorSpecies<Double> LANES = DoubleVector.SPECIES_PREFERRED;

    @Override
    public void transform(double[] x, int samples, double[] cos, double[] sin, double[] re, double[] im, int bins) {
        int width = LANES.length();
        int b = 0;
        for (; b + 2 * width <= bins; b += 2 * width) {
            DoubleVector re0 = DoubleVector.zero(LANES);
            DoubleVector re1 = re0;
            DoubleVector im0 = re0;
            DoubleVector im1 = re0;
            for (int i = 0, at = b; i < samples; i++, at += bins) {
                double sample = x[i];
                re0 = re0.add(DoubleVector.fromArray(LANES, cos, at).mul(sample));
                re1 = re1.add(DoubleVector.fromArray(LANES, cos, at + width).mul(sample));
                im0 = im0.sub(DoubleVector.fromArray(LANES, sin, at).mul(sample));
                im1 = im1.sub(DoubleVector.fromArray(LANES, sin, at + width).mul(sample));
            }
            re0.intoArray(re, b);
            re1.intoArray(re, b + width);
            im0.intoArray(im, b);
            im1.intoArray(im, b + width);
        }
        for (; b + width <= bins; b += width) {
            DoubleVector real = DoubleVector.zero(LANES);
            DoubleVector imaginary = real;
            for (int i = 0, at = b; i < samples; i++, at += bins) {
                real = real.add(DoubleVector.fromArray(LANES, cos, at).mul(x[i]));
                imaginary = imaginary.sub(DoubleVector.fromArray(LANES, sin, at).mul(x[i]));
            }
            real.intoArray(re, b);
            imaginary.intoArray(im, b);
        }
        ScalarDftKernel.sumBins(x, samples, cos, sin, re, im, bins, b);
    }
}
