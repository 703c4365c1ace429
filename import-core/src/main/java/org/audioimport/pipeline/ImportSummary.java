package org.audioimport.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.audioimport.store.ScanCounts;
import org.audioimport.store.WriteStats;

/**
 * The result of a run: counts, how long it took, what the writer did, and each failed file with its
 * reason. {@code filesSeen} counts the files found on disk; missing and purged ones were not.
 * {@code phaseSeconds} is the time spent in each part of the work (hash, decode, each phase, tags,
 * write), summed over all workers. {@code indexed} is what the similarity index took in once the files
 * were committed. {@code interrupted} is true when the run was stopped before every file was examined.
 * {@code catalogueDiskError} says why, when the catalogue's disk stopped it (full or failing; it names the
 * catalogue and the free space), and is null otherwise.
 */
public record ImportSummary(
        long scanId,
        int filesSeen,
        int imported,
        int updated,
        int unchanged,
        int moved,
        int missing,
        int purged,
        List<FileOutcome.Failed> failures,
        int filesWritten,
        Duration elapsed,
        WriteStats writes,
        Map<String, Double> phaseSeconds,
        IndexUpdate indexed,
        boolean interrupted,
        String catalogueDiskError) {

    public int failed() {
        return failures.size();
    }

    /** The counts in words, as the command line and the log give them. */
    public String countsText() {
        return String.format(
                "%d imported, %d updated, %d unchanged, %d moved, %d failed; %d missing%s",
                imported, updated, unchanged, moved, failed(), missing, purged > 0 ? ", " + purged + " purged" : "");
    }

    /**
     * Write transactions per file written (imported, updated, or recorded as failed): exactly 1 when each
     * file's rows went in one transaction; 0 when nothing was written.
     */
    public double writeTransactionsPerImportedFile() {
        return filesWritten == 0 ? 0 : writes.writeTransactions() / (double) filesWritten;
    }

    /** The counts the scan's row records. */
    public ScanCounts counts() {
        return new ScanCounts(filesSeen, imported, updated, unchanged, moved, failed(), missing, purged);
    }
}
