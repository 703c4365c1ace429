package org.audioimport.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.audioimport.fingerprint.Chromaprint;
import org.audioimport.pipeline.FileOutcome;
import org.audioimport.pipeline.ImportSettings;
import org.audioimport.pipeline.PhaseSettings;
import org.audioimport.scanning.WalkSettings;
import org.audioimport.store.BusyRetry;
import org.audioimport.testing.SampleLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import benchmark on the sample library plus two bad files: what it counts, never how fast. */
class ImportBenchmarkTest {
    @TempDir
    Path dir;

    @Test
    void reportsOneTransactionPerFileAndManyPerFileForTheBaselineWithTheBadFilesFailed() throws Exception {
        Path library = libraryWithTwoBadFiles();
        int audioFiles = SampleLibrary.expected().size();

        BenchReport report = benchmark(2).run(library, Files.createDirectory(dir.resolve("work")), true);

        assertEquals(audioFiles + 2, report.files());
        assertEquals(2, report.workers());
        assertTrue(report.audioSeconds() > 5 * audioFiles, "audio seconds " + report.audioSeconds());
        assertTrue(report.decodeFloor().wallSeconds() > 0 && report.wallVsDecodeFloor() > 0);
        for (ImportRun run : List.of(report.perFile(), report.baseline())) {
            assertEquals(audioFiles, run.summary().imported());
            assertEquals(
                    Set.of("empty.mp3", "notes.mp3"),
                    run.summary().failures().stream()
                            .map(FileOutcome.Failed::path)
                            .map(p -> p.getFileName().toString())
                            .collect(Collectors.toSet()));
            assertTrue(run.summary().phaseSeconds().get("decode") > 0);
            assertTrue(run.cost().wallSeconds() > 0
                    && run.cost().cpuSeconds() > 0
                    && run.cost().cpuUse() > 0);
            assertTrue(run.filesPerSecond() > 0 && run.xRealtime(report.audioSeconds()) > 0);
        }
        assertEquals(1.0, report.perFile().summary().writeTransactionsPerImportedFile());
        // Every file writes at least its file row, fingerprint, terms and analysis: several statements each.
        assertTrue(
                report.baseline().summary().writeTransactionsPerImportedFile() > 3,
                "per-statement transactions per file "
                        + report.baseline().summary().writeTransactionsPerImportedFile());
        assertTrue(report.speedupVsBaseline().isPresent());
    }

    @Test
    void aTransactionPerStatementWritesTheSameCatalogueAsOnePerFile() throws Exception {
        Path library = libraryWithTwoBadFiles();
        Path work = Files.createDirectory(dir.resolve("work"));

        benchmark(1).run(library, work, true);

        List<String> perFile = contents(work.resolve(ImportBenchmark.PER_FILE_CATALOGUE));
        assertEquals(SampleLibrary.expected().size() + 2, perFile.size());
        assertEquals(perFile, contents(work.resolve(ImportBenchmark.PER_STATEMENT_CATALOGUE)));
    }

    @Test
    void withoutBaselineThereIsNoSpeedup() throws Exception {
        BenchReport report =
                benchmark(2).run(SampleLibrary.sample(), Files.createDirectory(dir.resolve("work")), false);

        assertEquals(null, report.baseline());
        assertTrue(report.speedupVsBaseline().isEmpty());
        assertEquals(0, report.perFile().summary().failed());
    }

    private ImportBenchmark benchmark(int workers) throws Exception {
        return new ImportBenchmark(
                Chromaprint.load(),
                new ImportSettings(workers, null, WalkSettings.DEFAULT, PhaseSettings.DEFAULTS),
                BusyRetry.DEFAULT_GIVE_UP_AFTER);
    }

    private Path libraryWithTwoBadFiles() throws Exception {
        Path library = SampleLibrary.copyTo(dir.resolve("library"));
        Files.createFile(library.resolve("empty.mp3"));
        Files.writeString(library.resolve("notes.mp3"), "not audio, only a name that claims it");
        return library;
    }

    /** Every file's rows, ids replaced by what they point at, one line per file in path order. */
    private static List<String> contents(Path catalogue) throws Exception {
        String query = """
                SELECT f.path, f.status, f.failure_reason, f.content_hash, f.duration_ticks, d.path,
                       t.title, ar.name, al.title, t.track_number, fp.chromaprint, fp.missing_reason,
                       a.integrated_lufs, a.true_peak_dbtp, a.track_gain_db, a.album_gain_db, hex(a.gating_blocks),
                       (SELECT count(*) FROM passage p WHERE p.file_id = f.id),
                       (SELECT count(*) FROM fingerprint_term ft WHERE ft.file_id = f.id),
                       (SELECT count(*) FROM decode_warning w WHERE w.file_id = f.id)
                FROM file f
                LEFT JOIN file d ON d.id = f.duplicate_of
                LEFT JOIN track t ON t.file_id = f.id
                LEFT JOIN artist ar ON ar.id = t.artist_id
                LEFT JOIN album al ON al.id = t.album_id
                LEFT JOIN fingerprint fp ON fp.file_id = f.id
                LEFT JOIN analysis a ON a.file_id = f.id
                ORDER BY f.path
                """;
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + catalogue);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(query)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int c = 1; c <= columns; c++) {
                    row.append(result.getString(c)).append('|');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
