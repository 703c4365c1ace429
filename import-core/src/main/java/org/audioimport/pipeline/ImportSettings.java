package org.audioimport.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.audioimport.scanning.WalkSettings;

/**
 * How an import runs: the number of workers, how many of them may decode and analyse at once, how long
 * a missing file is kept before it is deleted (null: kept for ever), what the walk skips, and how the
 * phases measure. How long a busy catalogue is retried belongs to the writer it is given.
 */
public record ImportSettings(
        int workers, int cpuWorkers, Duration purgeMissingAfter, WalkSettings walk, PhaseSettings phases) {
    public static final int DEFAULT_WORKERS = 16;

    public ImportSettings {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, was " + workers);
        }
        if (cpuWorkers < 1) {
            throw new IllegalArgumentException("CPU workers must be at least 1, was " + cpuWorkers);
        }
    }

    /** With as many workers decoding and analysing at once as the machine has cores (or workers, if fewer). */
    public ImportSettings(int workers, Duration purgeMissingAfter, WalkSettings walk, PhaseSettings phases) {
        this(workers, defaultCpuWorkers(workers), purgeMissingAfter, walk, phases);
    }

    /** The same settings, the walk's library folders set: the daemon's scans start at them or below. */
    public ImportSettings withLibraryFolders(List<Path> folders) {
        return new ImportSettings(workers, cpuWorkers, purgeMissingAfter, walk.withLibraryFolders(folders), phases);
    }

    /**
     * The cores, capped by the workers: more threads computing than cores only adds cache misses and
     * keeps the writer from a core while it holds the write lock.
     */
    public static int defaultCpuWorkers(int workers) {
        return Math.min(workers, Runtime.getRuntime().availableProcessors());
    }
}
