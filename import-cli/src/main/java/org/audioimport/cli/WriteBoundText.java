package org.audioimport.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.audioimport.bench.PlayerLatency;
import org.audioimport.bench.WriteBoundReport;
import org.audioimport.pipeline.ImportSummary;
import org.audioimport.store.WriteStats;

/** The text of {@code bench write-bound}: one row per write mode. */
final class WriteBoundText {
    private WriteBoundText() {}

    static void print(WriteBoundReport report, PrintWriter out) {
        out.printf(
                Locale.ROOT,
                "Write-bound import: %d files of %s, %d workers; a reader process queries every %d ms%n%n",
                report.files(),
                report.library(),
                report.workers(),
                report.readerPauseMs());
        out.printf(
                Locale.ROOT,
                "%-14s %8s %8s %10s %12s %12s %8s %9s %13s %13s %8s%n",
                "writes",
                "wall s",
                "files/s",
                "tx/file",
                "hold p50 ms",
                "hold p99 ms",
                "retries",
                "queries",
                "read p50 ms",
                "read p99 ms",
                "busy");
        row(out, "per statement", report.perStatement());
        row(out, "per file", report.perFile());
        out.printf(Locale.ROOT, "%nper file vs per statement: %.2fx faster%n", report.speedup());
    }

    private static void row(PrintWriter out, String name, WriteBoundReport.Run run) {
        ImportSummary summary = run.importRun().summary();
        WriteStats writes = summary.writes();
        PlayerLatency reader = run.reader();
        out.printf(
                Locale.ROOT,
                "%-14s %8.1f %8.1f %10.2f %12.2f %12.2f %8d %9d %13.2f %13.2f %8d%n",
                name,
                run.importRun().cost().wallSeconds(),
                run.importRun().filesPerSecond(),
                summary.writeTransactionsPerImportedFile(),
                writes.txHoldMsP50(),
                writes.txHoldMsP99(),
                writes.busyRetries(),
                reader.queries(),
                reader.p50Ms(),
                reader.p99Ms(),
                reader.busy());
    }
}
