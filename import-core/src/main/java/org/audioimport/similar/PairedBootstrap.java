package org.audioimport.similar;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * How sure a difference between two methods asked the same queries is: the mean of the per-query
 * differences, and a percentile bootstrap interval over the queries (resampled with replacement,
 * the pairs kept together). The random generator is seeded, so the interval is the same on every
 * run over the same figures.
 */
public final class PairedBootstrap {

    /** Resamples drawn. */
    public static final int RESAMPLES = 10_000;
    /** The generator's seed: the number, fixed so reports can be compared. */
    public static final long SEED = 19;

    private PairedBootstrap() {}

    /**
     * The mean difference {@code a - b} and its 95 % interval.
     *
     * @param value mean of {@code a[i] - b[i]}
     * @param low   2.5th percentile of the resampled means
     * @param high  97.5th percentile of the resampled means
     */
    public record Lead(double value, double low, double high) {}

    /** The lead of {@code a} over {@code b}, paired by index. */
    public static Lead lead(double[] a, double[] b) {
        if (a.length != b.length || a.length == 0) {
            throw new IllegalArgumentException("need paired, non-empty figures: " + a.length + " and " + b.length);
        }
        int n = a.length;
        double[] difference = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            difference[i] = a[i] - b[i];
            sum += difference[i];
        }
        SplittableRandom random = new SplittableRandom(SEED);
        double[] means = new double[RESAMPLES];
        for (int r = 0; r < RESAMPLES; r++) {
            double resampled = 0;
            for (int i = 0; i < n; i++) {
                resampled += difference[random.nextInt(n)];
            }
            means[r] = resampled / n;
        }
        Arrays.sort(means);
        return new Lead(
                sum / n,
                means[(int) Math.floor(0.025 * (RESAMPLES - 1))],
                means[(int) Math.ceil(0.975 * (RESAMPLES - 1))]);
    }
}
