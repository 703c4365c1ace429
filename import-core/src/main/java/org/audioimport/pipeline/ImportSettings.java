package org.audioimport.pipeline;

import java.time.Duration;

/**
 * How an import runs: the number of workers, how long a busy catalogue is retried before a file is
 * given up, and how many seconds from the start of each file are fingerprinted.
 */
public record ImportSettings(int workers, Duration busyGiveUpAfter, int fingerprintSeconds) {
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
