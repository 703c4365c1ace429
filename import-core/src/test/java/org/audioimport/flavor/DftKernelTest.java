package org.audioimport.flavor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Both kernels against a direct DFT bin by bin: every bin the same to the bit, whatever the bin count. */
class DftKernelTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 7, 8, 15, 16, 17, 60, 61})
    void bothKernelsSumEveryBinInSampleOrder(int bins) {
        Random random = new Random(bins);
        int samples = 128;
        double[] cos = new double[samples * bins];
        double[] sin = new double[samples * bins];
        for (int i = 0; i < cos.length; i++) {
            cos[i] = random.nextGaussian();
            sin[i] = random.nextGaussian();
        }
        double[] x = new double[samples];
        for (int i = 0; i < samples; i++) {
            x[i] = random.nextGaussian() * Math.pow(10, random.nextInt(6) - 3);
        }
        double[] expectedRe = new double[bins];
        double[] expectedIm = new double[bins];
        for (int i = 0; i < samples; i++) {
            for (int b = 0; b < bins; b++) {
                expectedRe[b] += x[i] * cos[i * bins + b];
                expectedIm[b] -= x[i] * sin[i * bins + b];
            }
        }
        for (DftKernel kernel : new DftKernel[] {new ScalarDftKernel(), new VectorDftKernel()}) {
            double[] re = new double[bins];
            double[] im = new double[bins];
            kernel.transform(x, samples, cos, sin, re, im, bins);
            for (int b = 0; b < bins; b++) {
                String where = kernel.getClass().getSimpleName() + " bin " + b;
                assertEquals(
                        Double.doubleToRawLongBits(expectedRe[b]), Double.doubleToRawLongBits(re[b]), "re, " + where);
                assertEquals(
                        Double.doubleToRawLongBits(expectedIm[b]), Double.doubleToRawLongBits(im[b]), "im, " + where);
            }
        }
    }
}
