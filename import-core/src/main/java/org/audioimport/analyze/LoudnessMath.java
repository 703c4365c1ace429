package org.audioimport.analyze;

/** The gates and constants of BS.1770-4 and EBU Tech 3342, and the gating of a list of mean-square energies. */
final class LoudnessMath {
    static final double ABSOLUTE_GATE_LUFS = -70.0;
    static final double RELATIVE_GATE_LU = -10.0;
    static final double RANGE_RELATIVE_GATE_LU = -20.0;
    static final double RANGE_LOW_PERCENTILE = 0.10;
    static final double RANGE_HIGH_PERCENTILE = 0.95;
    /** The energy of the absolute gate: blocks at or below it are never counted. */
    static final double ABSOLUTE_GATE_ENERGY = energy(ABSOLUTE_GATE_LUFS);

    private LoudnessMath() {}

    static double loudness(double energy) {
        return -0.691 + 10 * Math.log10(energy);
    }

    static double energy(double loudness) {
        return Math.pow(10, (loudness + 0.691) / 10);
    }

    /**
     * Integrated loudness (BS.1770-4 section 2.8) of the first {@code count} block energies: the
     * mean of the blocks above -70 LUFS, then of those above that mean minus 10 LU. Null when no
     * block passes.
     */
    static Double integrated(double[] blocks, int count) {
        double sum = 0;
        int kept = 0;
        for (int i = 0; i < count; i++) {
            if (blocks[i] > ABSOLUTE_GATE_ENERGY) {
                sum += blocks[i];
                kept++;
            }
        }
        if (kept == 0) {
            return null;
        }
        double relative = sum / kept * Math.pow(10, RELATIVE_GATE_LU / 10);
        sum = 0;
        kept = 0;
        for (int i = 0; i < count; i++) {
            if (blocks[i] > ABSOLUTE_GATE_ENERGY && blocks[i] > relative) {
                sum += blocks[i];
                kept++;
            }
        }
        return kept == 0 ? null : loudness(sum / kept);
    }
}
