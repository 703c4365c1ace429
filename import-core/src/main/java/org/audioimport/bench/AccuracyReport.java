package org.audioimport.bench;

import java.util.List;

/**
 * How the catalogue of a dataset compares with the reference tools, file by file, summed up per
 * metric. Only files that both the import and the reference tool measured are compared for a metric.
 *
 * @param files   audio files that ffmpeg decodes and the import measured
 * @param metrics fingerprint, integrated loudness, true peak, sample peak, true peak against a near-ideal
 *     reconstruction, loudness range, album gain: in that order
 */
public record AccuracyReport(int files, List<Metric> metrics) {
    public AccuracyReport {
        metrics = List.copyOf(metrics);
    }

    /**
     * One metric over the dataset.
     *
     * @param key        its JSON key for the count within tolerance ({@code integrated_within_0_1_lu}...)
     * @param name       its name in the table
     * @param unit       the unit of deviations (LU, dB, or "bits" for the fingerprint's share of differing bits)
     * @param tolerance  the largest deviation that counts as agreeing
     * @param compared   files compared
     * @param within     files whose deviation is at most the tolerance
     * @param worstPath  the file with the largest deviation; null when none was compared
     * @param worst      its deviation (absolute; for the fingerprint, the share of bits that differ)
     */
    public record Metric(
            String key,
            String name,
            String unit,
            double tolerance,
            int compared,
            int within,
            String worstPath,
            double worst) {}
}
