package org.audioimport.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.audioimport.scanning.PathText;
import org.audioimport.store.CatalogueWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Counts outcomes as workers report them, and passes each to the listener one at a time. */
final class Tally {
    /** The pipeline's logger: a failure is the run's event. */
    private static final Logger LOG = LoggerFactory.getLogger(ImportPipeline.class);

    private final ImportListener listener;
    private final WorkClock clock = new WorkClock();
    private final List<FileOutcome.Failed> failures = new ArrayList<>();
    private final List<FileOutcome.Failed> givenUp = new ArrayList<>();
    private int imported;
    private int updated;
    private int unchanged;
    private int moved;
    private int missing;
    private final List<FileOutcome.Failed> unavailableRoots = new ArrayList<>();
    private int written;

    Tally(ImportListener listener) {
        this.listener = listener;
    }

    synchronized void record(FileOutcome outcome, boolean wasWritten) {
        switch (outcome) {
            case FileOutcome.Imported i -> imported++;
            case FileOutcome.Updated u -> updated++;
            case FileOutcome.Moved m -> moved++;
            case FileOutcome.Missing m -> missing++;
            case FileOutcome.Failed failed -> {
                failures.add(failed);
                LOG.warn("{}: failed, {}", PathText.of(failed.path()), failed.reason());
            }
        }
        if (wasWritten) {
            written++;
        }
        listener.fileDone(outcome);
    }

    /** A root that was not scanned: reported with the failures, but no file seen, and no file done. */
    synchronized void rootUnavailable(FileOutcome.Failed root) {
        unavailableRoots.add(root);
        LOG.warn("{}: not scanned, {}", PathText.of(root.path()), root.reason());
    }

    /** Counts the files a stat found unchanged: nothing was read, nothing written. */
    synchronized void recordUnchanged(int count) {
        unchanged += count;
        if (count > 0) {
            listener.unchanged(count);
        }
    }

    /** Where the workers' CPU time goes; safe to add to from any thread. */
    WorkClock clock() {
        return clock;
    }

    ImportListener listener() {
        return listener;
    }

    synchronized void gaveUp(FileOutcome.Failed file) {
        givenUp.add(file);
    }

    synchronized List<FileOutcome.Failed> givenUp() {
        return List.copyOf(givenUp);
    }

    synchronized ImportSummary summary(
            long scanId,
            Duration elapsed,
            CatalogueWriter writer,
            boolean interrupted,
            int purged,
            IndexUpdate indexed,
            String catalogueDiskError) {
        int seen = imported + updated + unchanged + moved + failures.size();
        List<FileOutcome.Failed> reported = new ArrayList<>(unavailableRoots);
        reported.addAll(failures);
        return new ImportSummary(
                scanId,
                seen,
                imported,
                updated,
                unchanged,
                moved,
                missing,
                purged,
                List.copyOf(reported),
                written,
                elapsed,
                writer.stats(),
                clock.seconds(),
                indexed,
                interrupted,
                catalogueDiskError);
    }
}
