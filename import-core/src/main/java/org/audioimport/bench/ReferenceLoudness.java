package org.audioimport.bench;

import java.util.Arrays;
import java.util.List;

/**
 * The two loudness figures the reference tools do not give as the catalogue defines them, computed from
 * what ffmpeg's ebur128 does give: the loudness of every 400 ms block (its momentary loudness) and of every
 * 3 s block (its short-term loudness), every 100 ms. Written here apart from the analyze phase's own
 * gating, so that the benchmark does not grade the catalogue with the code that computed it.
 *
 * <ul>
 *   <li>The integrated loudness of several files' blocks pooled and gated as BS.1770-4 gates one file's:
 *       what ReplayGain 2.0's album gain measures.
 *   <li>The loudness range of EBU Tech 3342 with the percentiles of its reference implementation,
 *       libebur128: the values of rank round((n - 1) x 0.10) and round((n - 1) x 0.95) of the n gated
 *       short-term values. ffmpeg's own range takes the first value at or past 10 % of the count instead,
 *       which on a short file ending in a fade reads more than 1 LU apart (a 6 s excerpt: 8.23 against 6.88).
 * </ul>
 */
final class ReferenceLoudness {
    /** Blocks at or below this are silence to BS.1770's absolute gate and Tech 3342's. */
    private static final double ABSOLUTE_GATE_LUFS = -70;
    /** BS.1770's relative gate: this far below the loudness of the blocks past the absolute gate. */
    private static final double INTEGRATED_RELATIVE_GATE_LU = 10;
    /** Tech 3342's relative gate. */
    private static final double RANGE_RELATIVE_GATE_LU = 20;
    /** BS.1770's offset between a block's mean square and its loudness. */
    private static final double OFFSET = -0.691;

    private ReferenceLoudness() {}

    /** The gated loudness of every block of every file, in LUFS; null when no block passes the gates. */
    static Double integratedLufs(List<double[]> blocksPerFile) {
        double[] blocks = blocksPerFile.stream().flatMapToDouble(Arrays::stream).toArray();
        return gatedLoudness(blocks, INTEGRATED_RELATIVE_GATE_LU);
    }

    /** The loudness range of these short-term values, in LU; null when none passes the absolute gate. */
    static Double rangeLu(double[] shortTerm) {
        Double ungated = meanLoudness(shortTerm, ABSOLUTE_GATE_LUFS);
        if (ungated == null) {
            return null;
        }
        double gate = Math.max(ABSOLUTE_GATE_LUFS, ungated - RANGE_RELATIVE_GATE_LU);
        double[] gated =
                Arrays.stream(shortTerm).filter(value -> value > gate).sorted().toArray();
        int last = gated.length - 1;
        return gated[(int) Math.round(last * 0.95)] - gated[(int) Math.round(last * 0.10)];
    }

    private static Double gatedLoudness(double[] blocks, double relativeGateLu) {
        Double ungated = meanLoudness(blocks, ABSOLUTE_GATE_LUFS);
        if (ungated == null) {
            return null;
        }
        return meanLoudness(blocks, Math.max(ABSOLUTE_GATE_LUFS, ungated - relativeGateLu));
    }

    /** The loudness of the mean square of the blocks above {@code gate}, or null when there are none. */
    private static Double meanLoudness(double[] blocks, double gate) {
        double energy = 0;
        long counted = 0;
        for (double loudness : blocks) {
            if (loudness > gate) {
                energy += Math.pow(10, (loudness - OFFSET) / 10);
                counted++;
            }
        }
        return counted == 0 ? null : OFFSET + 10 * Math.log10(energy / counted);
    }
}
