package org.audioimport.flavor;

import java.util.Arrays;

/**
 * Where the loudness of a stretch's frames sits: its 10th, 50th and 90th percentiles over the non-silent
 * frames (dBFS of 20 Hz-8 kHz). How loud a piece is mastered and how far its quiet passages fall are
 * much of what a record's production sounds like; the mean and deviation of the dynamics group say it
 * less robustly (docs/benchmarks.md, flavor v4).
 */
final class LoudnessPercentiles {

    /** The percentiles given, as fractions, lowest first. */
    static final double[] FRACTIONS = {0.1, 0.5, 0.9};

    private LoudnessPercentiles() {}

    /**
     * The percentiles of {@code loudness[from, to)} over the hops marked voiced, interpolated between
     * the two nearest ranks (numpy's default); of every hop when none is voiced.
     */
    static double[] of(float[] loudness, boolean[] voiced, int from, int to) {
        float[] values = new float[to - from];
        int n = 0;
        for (int h = from; h < to; h++) {
            if (voiced[h]) {
                values[n++] = loudness[h];
            }
        }
        if (n == 0) {
            System.arraycopy(loudness, from, values, 0, to - from);
            n = to - from;
        }
        Arrays.sort(values, 0, n);
        double[] percentiles = new double[FRACTIONS.length];
        for (int i = 0; i < FRACTIONS.length; i++) {
            double rank = FRACTIONS[i] * (n - 1);
            int below = (int) Math.floor(rank);
            int above = Math.min(n - 1, below + 1);
            percentiles[i] = values[below] + (rank - below) * (values[above] - values[below]);
        }
        return percentiles;
    }
}
