package org.audioimport.flavor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Vector API kernel against the scalar one: every bin the same to the bit, whatever the bin count. */
class DftKernelTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 7, 8, 60, 61})
    void theVectorKernelSumsEveryBinAsTheScalarOneDoes(int bins) {
        Random random = new Random(bins);
        int samples = 128;
        double[] cos = new double[samples * bins];
        double[] sin = new double[samples * bins];
        for (int i = 0; i < cos.length; i++) {
            cos[i] = random.nextGaussian();
            sin[i] = random.nextGaussian();
        }
        double[] scalarRe = new double[bins];
        double[] scalarIm = new double[bins];
        double[] vectorRe = new double[bins];
        double[] vectorIm = new double[bins];
        for (int i = 0; i < samples; i++) {
            double sample = random.nextGaussian() * Math.pow(10, random.nextInt(6) - 3);
            new ScalarDftKernel().accumulate(sample, cos, sin, i * bins, scalarRe, scalarIm, bins);
            new VectorDftKernel().accumulate(sample, cos, sin, i * bins, vectorRe, vectorIm, bins);
        }
        for (int b = 0; b < bins; b++) {
            assertEquals(Double.doubleToRawLongBits(scalarRe[b]), Double.doubleToRawLongBits(vectorRe[b]), "re " + b);
            assertEquals(Double.doubleToRawLongBits(scalarIm[b]), Double.doubleToRawLongBits(vectorIm[b]), "im " + b);
        }
    }
}
