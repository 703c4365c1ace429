package org.audioimport.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The histograms agree with gating the full list of blocks, as FFmpeg's ebur128 histograms do. */
class LoudnessHistogramTest {

    /** Block energies of music-like loudness: -60 to -5 LUFS, loud most of the time. */
    private static double[] blocks(long seed, int count) {
        Random random = new Random(seed);
        double[] energies = new double[count];
        for (int i = 0; i < count; i++) {
            double lufs = random.nextDouble() < 0.2 ? -60 + 40 * random.nextDouble() : -25 + 20 * random.nextDouble();
            energies[i] = LoudnessMath.energy(lufs);
        }
        return energies;
    }

    @Test
    void integratedLoudnessIsWithinAHundredthOfALuOfGatingEveryBlock() {
        for (long seed = 1; seed <= 20; seed++) {
            double[] energies = blocks(seed, 5_000);
            LoudnessHistogram histogram = new LoudnessHistogram();
            for (double e : energies) {
                histogram.add(e);
            }
            double exact = LoudnessMath.integrated(energies.clone(), energies.length);
            assertEquals(exact, histogram.integrated(), 0.01, "seed " + seed);
        }
    }

    @Test
    void loudnessRangeIsWithinAHundredthOfALuOfSortingEveryBlock() {
        for (long seed = 1; seed <= 20; seed++) {
            double[] energies = blocks(seed, 5_000);
            LoudnessHistogram histogram = new LoudnessHistogram();
            for (double e : energies) {
                histogram.add(e);
            }
            double exact = LoudnessMath.range(energies.clone(), energies.length);
            assertEquals(exact, histogram.range(), 0.011, "seed " + seed);
        }
    }

    @Test
    void blocksAtOrBelowTheAbsoluteGateAreNotCounted() {
        LoudnessHistogram histogram = new LoudnessHistogram();
        histogram.add(LoudnessMath.ABSOLUTE_GATE_ENERGY);
        histogram.add(0);
        assertEquals(0, histogram.size());
        assertNull(histogram.integrated());
        assertNull(histogram.range());
    }

    @Test
    void blocksLouderThanTheTopBinStillCountWithTheirOwnEnergy() {
        LoudnessHistogram histogram = new LoudnessHistogram();
        histogram.add(LoudnessMath.energy(14.0));
        assertEquals(14.0, histogram.integrated(), 1e-9);
    }
}
