package org.audioimport.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The true-peak meter's skip test against a meter that interpolates every position: a peak above the
 * caller's bound is the same to the bit, and one at or below it is never reported above it. The signals
 * are loud and clipped, as the masters whose peaks the skip test must not miss, with quiet stretches.
 */
class TruePeakSkipTest {

    @ParameterizedTest
    @ValueSource(ints = {22_050, 44_100, 48_000, 96_000})
    void skippingNeverChangesAPeakAboveTheCallersBound(int rate) {
        int maxChunk = rate / 100 + 2;
        CountingKernel counting = new CountingKernel(TruePeakKernel.best());
        TruePeakMeter skipping = new TruePeakMeter(rate, 1, maxChunk, counting);
        TruePeakMeter everything = new TruePeakMeter(rate, 1, maxChunk, new NeverSkippingKernel());
        Random random = new Random(rate);
        int above = 0;
        for (int chunk = 0; chunk < 600; chunk++) {
            int n = 1 + random.nextInt(maxChunk);
            float level = chunk % 7 == 0 ? 0.01f : 1.2f;
            float[] x = skipping.buffer(0);
            float[] y = everything.buffer(0);
            for (int i = skipping.chunkOffset(); i < skipping.chunkOffset() + n; i++) {
                // A tone near Nyquist plus noise, clipped at full scale: inter-sample peaks above it.
                float v = (float) (level * (Math.sin(i * 2.9) + 0.3 * random.nextGaussian()));
                x[i] = Math.max(-1, Math.min(1, v));
                y[i] = x[i];
            }
            float truePeak = everything.peak(0, n, 0);
            float atLeast = (float) (truePeak * (0.9 + 0.2 * random.nextDouble()));
            float measured = skipping.peak(0, n, atLeast);
            if (truePeak > atLeast) {
                above++;
                assertEquals(Float.floatToIntBits(truePeak), Float.floatToIntBits(measured), "chunk " + chunk);
            } else {
                assertTrue(measured <= atLeast, "chunk " + chunk + ": " + measured + " above " + atLeast);
            }
        }
        assertTrue(above > 100, "only " + above + " chunks peaked above the bound");
        assertTrue(
                counting.centralBlocks > counting.fullRuns,
                "the central taps settled some blocks: " + counting.centralBlocks + " tested, " + counting.fullRuns
                        + " runs interpolated");
    }

    /** Reports every input as loud enough to need interpolating: the reference meter skips nothing. */
    private static final class NeverSkippingKernel implements TruePeakKernel {
        private final TruePeakKernel scalar = new ScalarTruePeakKernel();

        @Override
        public float largestMagnitude(float[] x, int from, int to) {
            return Float.MAX_VALUE;
        }

        @Override
        public float interpolate(float[][] coefficients, float[] x, int from, int to) {
            return scalar.interpolate(coefficients, x, from, to);
        }
    }

    /** Counts the interpolations of the central taps and of all of them. */
    private static final class CountingKernel implements TruePeakKernel {
        private final TruePeakKernel kernel;
        int centralBlocks;
        int fullRuns;

        CountingKernel(TruePeakKernel kernel) {
            this.kernel = kernel;
        }

        @Override
        public float largestMagnitude(float[] x, int from, int to) {
            return kernel.largestMagnitude(x, from, to);
        }

        @Override
        public float interpolate(float[][] coefficients, float[] x, int from, int to) {
            if (coefficients[coefficients.length - 1].length == TruePeakMeter.CENTRAL_TAPS) {
                centralBlocks++;
            } else {
                fullRuns++;
            }
            return kernel.interpolate(coefficients, x, from, to);
        }
    }
}
