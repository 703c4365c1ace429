package org.audioimport.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.audioimport.fingerprint.Chromaprint;
import org.audioimport.pipeline.ImportSettings;
import org.audioimport.pipeline.PhaseSettings;
import org.audioimport.scanning.WalkSettings;
import org.audioimport.store.BusyRetry;
import org.audioimport.testing.SampleLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The write-bound benchmark on the sample library, with its reader in a child JVM: what it counts, never how fast. */
class WriteBoundBenchmarkTest {
    @TempDir
    Path dir;

    @Test
    void importsEveryFileInBothModesWithOneTransactionPerFileOnlyWhenBatchedAndTheReaderNeverBusy() throws Exception {
        Path work = Files.createDirectory(dir.resolve("work"));
        int files = SampleLibrary.expected().size();

        WriteBoundReport report = benchmark().run(SampleLibrary.sample(), work);

        assertEquals(files, report.files());
        for (WriteBoundReport.Run run : List.of(report.perStatement(), report.perFile())) {
            assertEquals(files, run.importRun().summary().imported());
            assertEquals(0, run.reader().busy());
        }
        assertEquals(1.0, report.perFile().importRun().summary().writeTransactionsPerImportedFile());
        assertTrue(
                report.perStatement().importRun().summary().writeTransactionsPerImportedFile() > 3,
                "per-statement transactions per file "
                        + report.perStatement().importRun().summary().writeTransactionsPerImportedFile());
    }

    @Test
    void thePlayerAsksForAnArtistAnAlbumAndAFileInTurn() throws Exception {
        Path work = Files.createDirectory(dir.resolve("work"));
        benchmark().run(SampleLibrary.sample(), work);

        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + work.resolve("per-file.db"))) {
            PlayerQueries queries = new PlayerQueries(connection, 1);
            for (int i = 0; i < 3; i++) {
                queries.askOne();
            }
            PlayerLatency latency = queries.latency();
            assertEquals(3, latency.queries());
            assertEquals(0, latency.busy());
            assertEquals(latency, PlayerLatency.parse(latency.line()));
        }
    }

    private static WriteBoundBenchmark benchmark() throws Exception {
        return new WriteBoundBenchmark(
                Chromaprint.load(),
                new ImportSettings(2, null, WalkSettings.DEFAULT, PhaseSettings.DEFAULTS),
                BusyRetry.DEFAULT_GIVE_UP_AFTER,
                1);
    }
}
