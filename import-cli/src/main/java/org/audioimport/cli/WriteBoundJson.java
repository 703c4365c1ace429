package org.audioimport.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.audioimport.bench.PassCost;
import org.audioimport.bench.PlayerLatency;
import org.audioimport.bench.WriteBoundReport;
import org.audioimport.pipeline.ImportSummary;
import org.audioimport.store.WriteStats;

/** The JSON of {@code bench write-bound}: everything under "write_bound", keys as docs/cli.md lists them. */
final class WriteBoundJson {
    private WriteBoundJson() {}

    static ObjectNode of(WriteBoundReport report) {
        ObjectNode json = Json.object();
        ObjectNode writeBound = json.putObject("write_bound");
        writeBound.put("library", report.library().toAbsolutePath().toString());
        writeBound.put("files", report.files());
        writeBound.put("workers", report.workers());
        writeBound.put("reader_pause_ms", report.readerPauseMs());
        run(writeBound.putObject("per_statement"), report.perStatement());
        run(writeBound.putObject("per_file"), report.perFile());
        writeBound.put("speedup_vs_per_statement", Json.round(report.speedup()));
        return json;
    }

    private static void run(ObjectNode json, WriteBoundReport.Run run) {
        ImportSummary summary = run.importRun().summary();
        PassCost cost = run.importRun().cost();
        WriteStats writes = summary.writes();
        PlayerLatency reader = run.reader();
        json.put("imported", summary.imported());
        json.put("failed", summary.failed());
        json.put("wall_s", Json.round(cost.wallSeconds()));
        json.put("files_per_s", Json.round(run.importRun().filesPerSecond()));
        json.put("cpu_s", Json.round(cost.cpuSeconds()));
        json.put("write_transactions", writes.writeTransactions());
        json.put("write_tx_per_file", Json.round(summary.writeTransactionsPerImportedFile()));
        SummaryJson.putLockFigures(json, writes);
        json.put("reader_queries", reader.queries());
        json.put("reader_ms_p50", Json.round(reader.p50Ms()));
        json.put("reader_ms_p99", Json.round(reader.p99Ms()));
        json.put("reader_ms_max", Json.round(reader.maxMs()));
        json.put("reader_busy", reader.busy());
    }
}
