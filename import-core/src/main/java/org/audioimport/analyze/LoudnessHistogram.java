package org.audioimport.analyze;

import java.util.Arrays;

/**
 * The block loudnesses of a whole file in a fixed size, as FFmpeg's ebur128 filter keeps them: a
 * histogram of 0.01 LU bins from -70 to +10 LUFS (louder blocks count in the top bin), so a file of
 * three hours takes no more room than one of three minutes. Each bin also sums the exact energies of
 * its blocks, and the running sum of every block above the absolute gate is exact, so the relative
 * gate is exact too: the integrated loudness differs from gating the list of blocks only by the
 * blocks of the one bin the relative gate falls in, which are all kept (as FFmpeg keeps them), at
 * most 0.01 LU below the gate. Percentiles (for the loudness range) are read at a bin's lower edge, as
 * FFmpeg reads them: within 0.01 LU.
 */
final class LoudnessHistogram {
    static final int BINS_PER_LU = 100;
    static final int LOWEST_LUFS = -70;
    static final int HIGHEST_LUFS = 10;
    static final int BINS = (HIGHEST_LUFS - LOWEST_LUFS) * BINS_PER_LU + 1;

    private final int[] counts = new int[BINS];
    private final double[] energies = new double[BINS];
    private double keptEnergy;
    private long kept;
    /** The bins counted into since the last clear lie in {@code lowestUsed..highestUsed}. */
    private int lowestUsed = BINS;

    private int highestUsed = -1;

    /** Empties the bins counted into: a short file costs little to forget. */
    void clear() {
        if (highestUsed >= lowestUsed) {
            Arrays.fill(counts, lowestUsed, highestUsed + 1, 0);
            Arrays.fill(energies, lowestUsed, highestUsed + 1, 0);
        }
        lowestUsed = BINS;
        highestUsed = -1;
        keptEnergy = 0;
        kept = 0;
    }

    /** Counts a block of mean-square {@code energy}; a block at or below the absolute gate is left out. */
    void add(double energy) {
        if (!(energy > LoudnessMath.ABSOLUTE_GATE_ENERGY)) {
            return;
        }
        int bin = bin(LoudnessMath.loudness(energy));
        lowestUsed = Math.min(lowestUsed, bin);
        highestUsed = Math.max(highestUsed, bin);
        counts[bin]++;
        energies[bin] += energy;
        keptEnergy += energy;
        kept++;
    }

    /** Blocks counted: those above the absolute gate. */
    long size() {
        return kept;
    }

    /** BS.1770-4 integrated loudness of the blocks counted, in LUFS; null when none. */
    Double integrated() {
        if (kept == 0) {
            return null;
        }
        int gate = gateBin(LoudnessMath.RELATIVE_GATE_LU);
        double sum = 0;
        long n = 0;
        for (int b = gate; b < BINS; b++) {
            sum += energies[b];
            n += counts[b];
        }
        return LoudnessMath.loudness(sum / n);
    }

    /**
     * EBU Tech 3342 loudness range of the blocks counted (3 s blocks), in LU: of the blocks from the
     * bin of their mean minus 20 LU up, the 95th minus the 10th percentile (nearest rank on {@code
     * (n - 1) x p}). Null when none.
     */
    Double range() {
        if (kept == 0) {
            return null;
        }
        int gate = gateBin(LoudnessMath.RANGE_RELATIVE_GATE_LU);
        long n = 0;
        for (int b = gate; b < BINS; b++) {
            n += counts[b];
        }
        double low = loudnessOfRank(gate, Math.round((n - 1) * LoudnessMath.RANGE_LOW_PERCENTILE));
        double high = loudnessOfRank(gate, Math.round((n - 1) * LoudnessMath.RANGE_HIGH_PERCENTILE));
        return high - low;
    }

    /** The lower edge of the bin holding the block of 0-based {@code rank}, counting up from bin {@code from}. */
    private double loudnessOfRank(int from, long rank) {
        long seen = 0;
        for (int b = from; b < BINS; b++) {
            seen += counts[b];
            if (seen > rank) {
                return lowerEdge(b);
            }
        }
        throw new IllegalStateException("rank " + rank + " beyond the " + seen + " blocks counted");
    }

    /** The bin holding the relative gate {@code relativeLu} below the mean energy of the blocks counted. */
    private int gateBin(double relativeLu) {
        return bin(LoudnessMath.loudness(keptEnergy / kept) + relativeLu);
    }

    private static int bin(double lufs) {
        int bin = (int) Math.floor((lufs - LOWEST_LUFS) * BINS_PER_LU);
        return Math.max(0, Math.min(BINS - 1, bin));
    }

    private static double lowerEdge(int bin) {
        return LOWEST_LUFS + (double) bin / BINS_PER_LU;
    }

    /** Bytes of the arrays it holds, for the memory bound. */
    static long retainedBytes() {
        return (long) BINS * (Integer.BYTES + Double.BYTES);
    }
}
