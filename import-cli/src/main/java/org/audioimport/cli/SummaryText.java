package org.audioimport.cli;

import java.io.PrintWriter;
import org.audioimport.pipeline.FileOutcome;
import org.audioimport.pipeline.ImportSummary;
import org.audioimport.scanning.PathText;
import org.audioimport.store.WriteStats;

/** The import summary for a person: counts first, then each failed file with its reason. */
final class SummaryText {
    private SummaryText() {}

    static void print(ImportSummary summary, PrintWriter out) {
        WriteStats writes = summary.writes();
        double seconds = summary.elapsed().toNanos() / 1e9;
        out.printf(
                "%s %d files in %.1f s: %s%n",
                summary.catalogueDiskError() != null
                        ? "Stopped after"
                        : summary.interrupted() ? "Interrupted after" : "Scanned",
                summary.filesSeen(),
                seconds,
                summary.countsText());
        out.printf(
                "Writes: %d transactions (%.2f per file written), hold p50 %.2f ms, p99 %.2f ms, "
                        + "lock wait %.1f ms, %d busy retries%n",
                writes.writeTransactions(),
                summary.writeTransactionsPerImportedFile(),
                writes.txHoldMsP50(),
                writes.txHoldMsP99(),
                writes.lockWaitMsTotal(),
                writes.busyRetries());
        if (summary.indexed().vectors() > 0) {
            out.printf(
                    "Similarity index: %d vectors added in %.2f s%n",
                    summary.indexed().vectors(), summary.indexed().seconds());
        }
        StringBuilder phases = new StringBuilder("CPU time by part (all workers):");
        summary.phaseSeconds().forEach((part, spent) -> phases.append(String.format(" %s %.2f s,", part, spent)));
        out.println(phases.substring(0, phases.length() - 1));
        for (FileOutcome.Failed failed : summary.failures()) {
            out.printf("  failed: %s: %s%n", PathText.of(failed.path()), failed.reason());
        }
    }
}
