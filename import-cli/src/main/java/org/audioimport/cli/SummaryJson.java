package org.audioimport.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.audioimport.pipeline.FileOutcome;
import org.audioimport.pipeline.ImportSummary;
import org.audioimport.scanning.PathText;
import org.audioimport.store.WriteStats;

/** The import summary as the JSON object documented in docs/cli.md. */
public final class SummaryJson {
    private SummaryJson() {}

    public static ObjectNode of(ImportSummary summary) {
        ObjectNode json = Json.object();
        json.put("scan_id", summary.scanId());
        json.put("files_seen", summary.filesSeen());
        json.put("imported", summary.imported());
        json.put("updated", summary.updated());
        json.put("unchanged", summary.unchanged());
        json.put("moved", summary.moved());
        json.put("missing", summary.missing());
        json.put("purged", summary.purged());
        json.put("failed", summary.failed());
        json.put("interrupted", summary.interrupted());
        json.put("catalogue_disk_error", summary.catalogueDiskError());
        json.put("elapsed_s", Json.round(summary.elapsed().toNanos() / 1e9));
        putWork(json, summary);
        return json;
    }

    /**
     * What the run's writer, similarity index and phases did, and its failures: the keys the import's
     * summary and the benchmark's report share.
     */
    static void putWork(ObjectNode json, ImportSummary summary) {
        WriteStats writes = summary.writes();
        json.put("write_transactions", writes.writeTransactions());
        json.put("write_tx_per_imported_file", Json.round(summary.writeTransactionsPerImportedFile()));
        putLockFigures(json, writes);
        json.put("index_vectors_inserted", summary.indexed().vectors());
        json.put("index_insert_s", Json.round(summary.indexed().seconds()));
        var phases = json.putObject("phases");
        summary.phaseSeconds().forEach((part, seconds) -> phases.put(part, Json.round(seconds)));
        ArrayNode failures = json.putArray("failures");
        for (FileOutcome.Failed failed : summary.failures()) {
            failures.addObject().put("path", PathText.of(failed.path())).put("reason", failed.reason());
        }
    }

    /** How long the write transactions held the catalogue's lock and waited for it, as every report names it. */
    static void putLockFigures(ObjectNode json, WriteStats writes) {
        json.put("tx_hold_ms_p50", Json.round(writes.txHoldMsP50()));
        json.put("tx_hold_ms_p99", Json.round(writes.txHoldMsP99()));
        json.put("lock_wait_ms_total", Json.round(writes.lockWaitMsTotal()));
        json.put("busy_retries", writes.busyRetries());
    }
}
