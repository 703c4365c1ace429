package org.audioimport.analyze;

import java.util.Arrays;

/**
 * The whole file's loudness, measured as the audio streams, in a size that does not grow with the
 * file: the K-weighted energy of each 100 ms sub-block as it completes goes into a ring of the last
 * 3 s; each 400 ms block (BS.1770-4) and each 3 s block (EBU Tech 3342), stepping by one sub-block,
 * goes into its {@link LoudnessHistogram}. Only the file's gating blocks, which are part of the
 * result (the album loudness gates them together), grow: 4 bytes per 100 ms above -70 LUFS.
 */
final class FileLoudness {
    private static final int GATING_SUB_BLOCKS = 4;
    private static final int SHORT_TERM_SUB_BLOCKS = 30;

    private final LoudnessHistogram momentary = new LoudnessHistogram();
    private final LoudnessHistogram shortTerm = new LoudnessHistogram();
    private final double[] energies = new double[SHORT_TERM_SUB_BLOCKS];
    private final long[] starts = new long[SHORT_TERM_SUB_BLOCKS];
    private float[] gating = new float[1024];
    private int gatingCount;
    private int subBlocks;

    void reset() {
        momentary.clear();
        shortTerm.clear();
        gatingCount = 0;
        subBlocks = 0;
    }

    /** Adds the next sub-block, of frames {@code start..end} and summed weighted {@code energy}. */
    void addSubBlock(double energy, long start, long end) {
        int slot = subBlocks % SHORT_TERM_SUB_BLOCKS;
        energies[slot] = energy;
        starts[slot] = start;
        subBlocks++;
        if (subBlocks >= GATING_SUB_BLOCKS) {
            double block = meanOfLast(GATING_SUB_BLOCKS, end);
            momentary.add(block);
            if (block > LoudnessMath.ABSOLUTE_GATE_ENERGY) {
                if (gatingCount == gating.length) {
                    gating = Arrays.copyOf(gating, gating.length * 2);
                }
                gating[gatingCount++] = (float) block;
            }
        }
        if (subBlocks >= SHORT_TERM_SUB_BLOCKS) {
            shortTerm.add(meanOfLast(SHORT_TERM_SUB_BLOCKS, end));
        }
    }

    /** Mean-square energy of the last {@code count} sub-blocks, the last of them ending at frame {@code end}. */
    private double meanOfLast(int count, long end) {
        double sum = 0;
        for (int i = subBlocks - count; i < subBlocks; i++) {
            sum += energies[i % SHORT_TERM_SUB_BLOCKS];
        }
        return sum / (end - starts[(subBlocks - count) % SHORT_TERM_SUB_BLOCKS]);
    }

    Double integrated() {
        return momentary.integrated();
    }

    Double range() {
        return shortTerm.range();
    }

    GatingBlocks gatingBlocks() {
        return new GatingBlocks(Arrays.copyOf(gating, gatingCount));
    }

    /** Bytes held apart from the gating blocks: the same for any length of file. */
    static long retainedBytes() {
        return 2 * LoudnessHistogram.retainedBytes() + (long) SHORT_TERM_SUB_BLOCKS * (Double.BYTES + Long.BYTES);
    }

    /** Bytes the gating blocks of the result take. */
    long gatingBytes() {
        return (long) gating.length * Float.BYTES;
    }
}
