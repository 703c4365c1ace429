package org.audioimport.pipeline;

import java.time.Duration;
import org.audioimport.scanning.WalkSettings;

/**
 * How an import runs: the number of workers, how long a missing file is kept before it is deleted
 * (null: kept for ever), what the walk skips, and how the phases measure. How long a busy catalogue is
 * retried belongs to the writer it is given.
 */
public record ImportSettings(int workers, Duration purgeMissingAfter, WalkSettings walk, PhaseSettings phases) {
    public static final int DEFAULT_WORKERS = 16;

    public ImportSettings {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, was " + workers);
        }
    }
}
