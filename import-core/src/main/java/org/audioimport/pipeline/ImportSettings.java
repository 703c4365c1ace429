package org.audioimport.pipeline;

import java.time.Duration;
import org.audioimport.scanning.WalkSettings;

/**
 * How an import runs: the number of workers, how long a busy catalogue is retried before a file is
 * given up, how many seconds from the start of each file are fingerprinted, how long a missing file is
 * kept before it is deleted (null: kept for ever), and what the walk skips.
 */
public record ImportSettings(int workers, Duration busyGiveUpAfter, int fingerprintSeconds, Duration purgeMissingAfter,
        WalkSettings walk) {
    public static final int DEFAULT_WORKERS = 16;

    public ImportSettings {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, was " + workers);
        }
        if (fingerprintSeconds < 1) {
            throw new IllegalArgumentException("fingerprint length must be at least 1 s, was " + fingerprintSeconds);
        }
    }
}
