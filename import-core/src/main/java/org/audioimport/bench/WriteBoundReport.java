package org.audioimport.bench;

import java.nio.file.Path;

/**
 * What the write-bound benchmark measured: the same library imported with a transaction per statement and
 * with one per file, each with what a music player querying the catalogue meanwhile saw.
 *
 * @param files the audio files the walk found
 * @param readerPauseMs the player's pause between two queries
 */
public record WriteBoundReport(
        Path library, int files, int workers, long readerPauseMs, Run perStatement, Run perFile) {

    /** The per-statement import's wall time over the per-file import's. */
    public double speedup() {
        return perStatement.importRun().cost().wallSeconds()
                / perFile.importRun().cost().wallSeconds();
    }

    /** One import and the reader's latencies during it. */
    public record Run(ImportRun importRun, PlayerLatency reader) {}
}
