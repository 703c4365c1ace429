package org.audioimport.pipeline;

import java.time.Duration;

/**
 * How an import runs: the number of workers, and how long a busy catalogue is retried before a file
 * is given up.
 */
public record ImportSettings(int workers, Duration busyGiveUpAfter) {
    public static final int DEFAULT_WORKERS = 16;

    public ImportSettings {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, was " + workers);
        }
    }
}
