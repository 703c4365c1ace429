package org.audioimport.bench;

import org.audioimport.pipeline.ImportSummary;

/** One import of the dataset into a fresh catalogue: what the import reported, and what it cost. */
public record ImportRun(ImportSummary summary, PassCost cost) {
    public double filesPerSecond() {
        return summary.filesSeen() / cost.wallSeconds();
    }

    /** Seconds of audio imported per second of wall time. */
    public double xRealtime(double audioSeconds) {
        return audioSeconds / cost.wallSeconds();
    }
}
