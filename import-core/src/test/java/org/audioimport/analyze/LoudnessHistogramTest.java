package org.audioimport.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
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
            double exact = rangeBySorting(energies.clone());
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

    @Test
    void aClearedHistogramCountsTheNextFileAsAFreshOneDoes() {
        LoudnessHistogram reused = new LoudnessHistogram();
        for (double e : blocks(1, 5_000)) {
            reused.add(e);
        }
        reused.add(LoudnessMath.energy(14.0));
        reused.clear();
        LoudnessHistogram fresh = new LoudnessHistogram();
        for (double e : blocks(2, 300)) {
            double quieter = e / 1000;
            reused.add(quieter);
            fresh.add(quieter);
        }
        assertEquals(fresh.size(), reused.size());
        assertEquals(fresh.integrated(), reused.integrated());
        assertEquals(fresh.range(), reused.range());
    }

    /**
     * EBU Tech 3342 by the letter, on every block: of the values above -70 LUFS and above their mean
     * minus 20 LU, the 95th minus the 10th percentile of their loudness (nearest rank on {@code (n - 1)
     * x p}). Sorts a prefix of {@code shortTerm} in place.
     */
    private static double rangeBySorting(double[] shortTerm) {
        double sum = 0;
        int kept = 0;
        for (double e : shortTerm) {
            if (e > LoudnessMath.ABSOLUTE_GATE_ENERGY) {
                sum += e;
                kept++;
            }
        }
        double relative = Math.max(
                LoudnessMath.ABSOLUTE_GATE_ENERGY, sum / kept * Math.pow(10, LoudnessMath.RANGE_RELATIVE_GATE_LU / 10));
        int n = 0;
        for (double e : shortTerm) {
            if (e > relative) {
                shortTerm[n++] = e;
            }
        }
        Arrays.sort(shortTerm, 0, n);
        double low = shortTerm[(int) Math.round((n - 1) * LoudnessMath.RANGE_LOW_PERCENTILE)];
        double high = shortTerm[(int) Math.round((n - 1) * LoudnessMath.RANGE_HIGH_PERCENTILE)];
        return LoudnessMath.loudness(high) - LoudnessMath.loudness(low);
    }
}
