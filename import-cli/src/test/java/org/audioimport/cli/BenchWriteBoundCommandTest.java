package org.audioimport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench write-bound} on a small folder (the sample library): both write modes and the reader's figures. */
class BenchWriteBoundCommandTest {
    private static final List<String> RUN_KEYS = List.of(
            "imported",
            "failed",
            "wall_s",
            "files_per_s",
            "cpu_s",
            "write_transactions",
            "write_tx_per_file",
            "tx_hold_ms_p50",
            "tx_hold_ms_p99",
            "lock_wait_ms_total",
            "busy_retries",
            "reader_queries",
            "reader_ms_p50",
            "reader_ms_p99",
            "reader_ms_max",
            "reader_busy");

    @TempDir
    Path dir;

    @Test
    void jsonReportsBothWriteModesWithEveryDocumentedKey() throws Exception {
        Path library = Cli.sampleCopy(dir.resolve("library"));
        long files = Cli.countAudioFiles(library);

        Cli bench = Cli.run(
                "bench", "write-bound", library.toString(), "--json", "--workers", "2", "--reader-pause-ms", "5");

        assertEquals(0, bench.exitCode(), bench.err());
        JsonNode report = bench.json().get("write_bound");
        assertEquals(library.toAbsolutePath().toString(), report.get("library").asText());
        assertEquals(files, report.get("files").asLong());
        assertEquals(2, report.get("workers").asInt());
        assertEquals(5, report.get("reader_pause_ms").asInt());
        assertTrue(report.get("speedup_vs_per_statement").isNumber());
        for (String mode : List.of("per_statement", "per_file")) {
            JsonNode run = report.get(mode);
            RUN_KEYS.forEach(key -> assertTrue(run.has(key), mode + " lacks " + key));
            assertEquals(files, run.get("imported").asLong(), mode);
        }
        assertEquals(1.0, report.get("per_file").get("write_tx_per_file").asDouble());
        assertTrue(report.get("per_statement").get("write_tx_per_file").asDouble() > 1, "a statement, a transaction");
    }

    @Test
    void textHasARowPerWriteModeAndTheSpeedup() {
        Path library = Cli.sampleCopy(dir.resolve("library"));

        Cli bench = Cli.run("bench", "write-bound", library.toString(), "--workers", "2");

        assertEquals(0, bench.exitCode(), bench.err());
        assertTrue(bench.out().startsWith("Write-bound import: "), bench.out());
        assertTrue(bench.out().contains("\nper statement "), bench.out());
        assertTrue(bench.out().contains("\nper file "), bench.out());
        assertTrue(bench.out().contains("per file vs per statement: "), bench.out());
    }

    @Test
    void aMissingFolderOrANegativeReaderPauseIsAUsageError() {
        Cli missing = Cli.run("bench", "write-bound", dir.resolve("missing").toString());
        Cli negative = Cli.run("bench", "write-bound", dir.toString(), "--reader-pause-ms", "-1");

        assertEquals(ExitCodes.USAGE, missing.exitCode());
        assertTrue(missing.err().contains("no such folder"), missing.err());
        assertEquals(ExitCodes.USAGE, negative.exitCode());
        assertTrue(negative.err().contains("--reader-pause-ms must be 0 or more"), negative.err());
    }
}
