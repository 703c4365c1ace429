package org.audioimport.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.audioimport.index.LoadedIndex;
import org.audioimport.index.VectorIndex;
import org.audioimport.similar.SimilarityIndex;
import org.audioimport.testing.SampleLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash and failure paths compared with a clean run by the whole record: every table, and the similarity
 * index beside the catalogue, once the next run has finished. Row ids, times and scan ids differ between
 * any two runs and are left out: a row is named by its file's path (a track, an analysis...), an album by its
 * title and artist, a duplicate group by the paths of its files (which file heads it depends on the workers'
 * order even between two clean runs).
 */
class InterruptedRunRecordTest {
    @TempDir
    Path dir;

    @Test
    void stopAfterTheFirstFileThenARerunMakeTheCleanRecord() throws Exception {
        stopAfterThenRerun(1);
    }

    @Test
    void stopAfterFiveFilesThenARerunMakeTheCleanRecord() throws Exception {
        stopAfterThenRerun(5);
    }

    @Test
    void stopAfterNineFilesThenARerunMakeTheCleanRecord() throws Exception {
        stopAfterThenRerun(9);
    }

    private void stopAfterThenRerun(int files) throws Exception {
        Path library = SampleLibrary.copyTo(dir.resolve("library"));
        PipelineHarness harness = new PipelineHarness(dir.resolve("library.db"));
        ImportSummary stopped = harness.run(library, stoppingAfter(files), Duration.ofSeconds(30), access);
        assertTrue(stopped.interrupted());

        harness.run(library, ImportListener.NONE);

        assertSameRecord(cleanImportOf(library), harness);
    }

    /**
     * Ctrl-C as the last file commits (every file was already handed to a worker): the files and the album gains
     * are complete, and the run is recorded completed, but the index was not caught up. The next run has nothing
     * to write, and catches the index up all the same.
     */
    @Test
    void stopAsTheLastFileCommitsThenARerunMakeTheCleanRecordAndIndex() throws Exception {
        Path library = SampleLibrary.copyTo(dir.resolve("library"));
        PipelineHarness harness = importedWithoutOneAlbum(library, "library.db");

        harness.run(library, stoppingAfterTheLast(), Duration.ofSeconds(30), access);
        harness.run(library, ImportListener.NONE);

        assertSameRecord(cleanImportOf(library), harness);
    }

    /** A stop once the files are done (here, as the first missing file is reported): album gains, index. */
    @Test
    void stopAfterTheFilesThenARerunMakeWhatAnUnstoppedSequenceMakes() throws Exception {
        Path library = SampleLibrary.copyTo(dir.resolve("library"));
        PipelineHarness harness = importedWithoutOneAlbum(library, "library.db");
        Path gone = library.resolve("The Fixtures/Synthetic Seasons/05 - Heat Haze.opus");
        Path goneAside = dir.resolve("05 - Heat Haze.opus");
        Files.move(gone, goneAside);
        ImportListener stopOnMissing = new ImportListener() {
            @Override
            public void fileDone(FileOutcome outcome) {
                if (outcome instanceof FileOutcome.Missing) {
                    access.pipeline.stop();
                }
            }
        };

        harness.run(library, stopOnMissing, Duration.ofSeconds(30), access);
        harness.run(library, ImportListener.NONE);

        // The same sequence, unstopped.
        Path reference = SampleLibrary.copyTo(dir.resolve("reference"));
        PipelineHarness clean = importedWithoutOneAlbum(reference, "reference.db");
        Files.delete(reference.resolve("The Fixtures/Synthetic Seasons/05 - Heat Haze.opus"));
        clean.run(reference, ImportListener.NONE);
        clean.run(reference, ImportListener.NONE);

        assertSameRecord(clean, harness, library, reference);
    }

    /**
     * A file moved within the library whose move cannot be written because another process holds the catalogue
     * past --busy-timeout: its failure row is written after the workers, and the next run must still make the
     * record a successful move makes.
     */
    @Test
    void aMoveGivenUpOnABusyCatalogueThenARerunMakeWhatTheMoveMakes() throws Exception {
        Path library = SampleLibrary.copyTo(dir.resolve("library"));
        PipelineHarness harness = new PipelineHarness(dir.resolve("library.db"));
        harness.run(library, ImportListener.NONE);
        Path from = library.resolve("untagged/track 17.flac");
        Path to = library.resolve("untagged/track 17 (renamed).flac");
        Files.move(from, to);

        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + harness.catalogue.file())) {
            ImportSummary busy = harness.run(
                    library, OtherProcessLock.fromTheStartUntilTheFirstFailure(other), Duration.ofMillis(200), null);
            assertEquals(1, busy.failed(), busy::toString);
        }
        harness.run(library, ImportListener.NONE);

        assertSameRecord(cleanImportOf(library), harness);
    }

    /**
     * Another process takes the catalogue as the last file commits and holds it past --busy-timeout: the album
     * gains cannot be written. The run is not lost: it reports why, records the scan as not completed, and the
     * next run makes the clean record.
     */
    @Test
    void aCatalogueBusyOnceTheFilesAreWrittenThenARerunMakeTheCleanRecord() throws Exception {
        Path library = SampleLibrary.copyTo(dir.resolve("library"));
        PipelineHarness harness = new PipelineHarness(dir.resolve("library.db"));

        ImportSummary busy = busyOnceTheFilesAreWritten(harness, library, true);

        assertTrue(
                busy.failures().get(0).reason().endsWith("the album gains wait for the next run"),
                busy.failures().get(0).reason());
        assertEquals(List.of("last interrupted"), lastScan(harness));
        harness.run(library, ImportListener.NONE);

        assertSameRecord(cleanImportOf(library), harness);
    }

    /**
     * The same, the catalogue held until the run is over: the scan stays recorded running, as after a crash,
     * and the next run makes the clean record but for that history.
     */
    @Test
    void aCatalogueBusyToTheRunsEndThenARerunMakeTheCleanRecord() throws Exception {
        Path library = SampleLibrary.copyTo(dir.resolve("library"));
        PipelineHarness harness = new PipelineHarness(dir.resolve("library.db"));

        busyOnceTheFilesAreWritten(harness, library, false);

        assertEquals(List.of("last running"), lastScan(harness));
        harness.run(library, ImportListener.NONE);

        Map<String, List<String>> want = record(cleanImportOf(library).catalogue.file(), null, null);
        Map<String, List<String>> got = record(harness.catalogue.file(), null, null);
        String runs = "scan_run (last, and any running)";
        assertEquals(List.of("last completed", "running 1"), got.remove(runs), "the busy run stays recorded running");
        want.remove(runs);
        assertEquals(want, got);
    }

    /** The same move, written: the control for the test above. */
    @Test
    void aMoveWrittenMakesTheCleanRecord() throws Exception {
        Path library = SampleLibrary.copyTo(dir.resolve("library"));
        PipelineHarness harness = new PipelineHarness(dir.resolve("library.db"));
        harness.run(library, ImportListener.NONE);
        Files.move(library.resolve("untagged/track 17.flac"), library.resolve("untagged/track 17 (renamed).flac"));

        harness.run(library, ImportListener.NONE);

        assertSameRecord(cleanImportOf(library), harness);
    }

    /** Every file's results stale (an upgrade), the rescan stopped midway, then finished. */
    @Test
    void aRescanOfStaleGroupsStoppedMidwayThenFinishedMakesTheCleanRecord() throws Exception {
        Path library = SampleLibrary.copyTo(dir.resolve("library"));
        PipelineHarness harness = new PipelineHarness(dir.resolve("library.db"));
        harness.run(library, ImportListener.NONE);
        execute(harness, "update fingerprint set algorithm_version = 2");
        execute(harness, "update analysis set segment_version = 4");
        execute(harness, "update flavor set version = 3");

        ImportSummary stopped = harness.run(library, stoppingAfter(4), Duration.ofSeconds(30), access);
        assertTrue(stopped.interrupted());
        harness.run(library, ImportListener.NONE);

        assertSameRecord(cleanImportOf(library), harness);
    }

    /** Each file of the group of copies purged in turn and imported again: the group stays one. */
    @Test
    void aPurgedFileImportedAgainMakesTheCleanRecord() throws Exception {
        Path library = SampleLibrary.copyTo(dir.resolve("library"));
        PipelineHarness harness = new PipelineHarness(dir.resolve("library.db"));
        harness.run(library, ImportListener.NONE);
        for (String name : List.of(
                "The Fixtures/Synthetic Seasons/01 - First Frost.flac",
                "copies/01 - First Frost.mp3",
                "The Fixtures/Synthetic Seasons/03 - April Showers.mp3")) {
            Path file = library.resolve(name);
            Path aside = dir.resolve("aside-" + file.getFileName());
            Files.move(file, aside);
            assertEquals(
                    1, harness.run(library, ImportListener.NONE, Duration.ZERO).purged());
            Files.move(aside, file);
            harness.run(library, ImportListener.NONE);
        }

        assertSameRecord(cleanImportOf(library), harness);
    }

    private final PipelineHarness.PipelineAccess access = new PipelineHarness.PipelineAccess();

    /**
     * Imports {@code library} while another connection takes the catalogue as the last file is done, and
     * gives it back when the run reports the catalogue failed ({@code releaseWhenReported}) or once the run
     * is over; checks the run reported the catalogue, not a stop.
     */
    private static ImportSummary busyOnceTheFilesAreWritten(
            PipelineHarness harness, Path library, boolean releaseWhenReported) throws Exception {
        ImportSummary busy;
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + harness.catalogue.file())) {
            AtomicInteger done = new AtomicInteger();
            AtomicInteger toDo = new AtomicInteger(-1);
            ImportListener lockedAfterTheFiles = new ImportListener() {
                @Override
                public void started(int total, int toExamine) {
                    toDo.set(toExamine);
                }

                @Override
                public void fileDone(FileOutcome outcome) {
                    if (outcome instanceof FileOutcome.Failed failed
                            && failed.path().equals(harness.catalogue.file())) {
                        if (releaseWhenReported) {
                            OtherProcessLock.release(other);
                        }
                    } else if (done.incrementAndGet() == toDo.get()) {
                        OtherProcessLock.take(other);
                    }
                }
            };
            busy = harness.run(library, lockedAfterTheFiles, Duration.ofMillis(200), null);
            if (!releaseWhenReported) {
                OtherProcessLock.release(other);
            }
        }
        assertTrue(!busy.interrupted(), busy::toString);
        assertEquals(1, busy.failed(), busy::toString);
        assertEquals(harness.catalogue.file(), busy.failures().get(0).path());
        return busy;
    }

    private static List<String> lastScan(PipelineHarness harness) throws SQLException {
        return rows(harness, "select 'last ' || outcome from scan_run where id = (select max(id) from scan_run)");
    }

    /** A catalogue of {@code library} imported while one album was away, the album now back: new files to import. */
    private PipelineHarness importedWithoutOneAlbum(Path library, String catalogue) throws Exception {
        Path aside = dir.resolve("aside");
        Files.move(library.resolve("Other Artist"), aside);
        PipelineHarness harness = new PipelineHarness(dir.resolve(catalogue));
        harness.run(library, ImportListener.NONE);
        Files.move(aside, library.resolve("Other Artist"));
        return harness;
    }

    private ImportListener stoppingAfter(int files) {
        AtomicInteger done = new AtomicInteger();
        return new ImportListener() {
            @Override
            public void fileDone(FileOutcome outcome) {
                if (done.incrementAndGet() == files) {
                    access.pipeline.stop();
                }
            }
        };
    }

    private ImportListener stoppingAfterTheLast() {
        AtomicInteger done = new AtomicInteger();
        AtomicInteger toDo = new AtomicInteger(-1);
        return new ImportListener() {
            @Override
            public void started(int total, int toExamine) {
                toDo.set(toExamine);
            }

            @Override
            public void fileDone(FileOutcome outcome) {
                if (done.incrementAndGet() == toDo.get()) {
                    access.pipeline.stop();
                }
            }
        };
    }

    private PipelineHarness cleanImportOf(Path library) throws Exception {
        PipelineHarness clean = new PipelineHarness(dir.resolve("clean-" + System.nanoTime() + ".db"));
        ImportSummary summary = clean.run(library, ImportListener.NONE);
        assertTrue(!summary.interrupted());
        return clean;
    }

    private static final Set<String> TABLES = Set.of(
            "scan_run",
            "flyway_schema_history",
            "file",
            "artist",
            "album",
            "track",
            "fingerprint",
            "fingerprint_term",
            "decode_warning",
            "analysis",
            "passage",
            "flavor",
            "passage_flavor",
            "acoustid_lookup",
            "file_identity",
            "mb_recording",
            "mb_release",
            "album_gain_pending",
            "sqlite_sequence");

    private static void assertSameRecord(PipelineHarness expected, PipelineHarness actual) throws Exception {
        assertSameRecord(expected, actual, null, null);
    }

    /** Compares, with paths under {@code actualRoot} read as under {@code expectedRoot} when both are given. */
    private static void assertSameRecord(
            PipelineHarness expected, PipelineHarness actual, Path actualRoot, Path expectedRoot) throws Exception {
        // Two libraries copied at different times: their files' mtimes differ, and are left out.
        Map<String, List<String>> want = record(expected.catalogue.file(), expectedRoot, expectedRoot);
        Map<String, List<String>> got = record(actual.catalogue.file(), actualRoot, expectedRoot);
        for (String table : want.keySet()) {
            assertEquals(String.join("\n", want.get(table)), String.join("\n", got.get(table)), "table " + table);
        }
        assertEquals(want.keySet(), got.keySet());
    }

    /**
     * The record, table by table, with ids, times and scan ids replaced by what they name; and the index: which
     * live flavor vectors it holds (by path), and whether it is caught up with the catalogue.
     */
    static Map<String, List<String>> record(Path catalogue, Path root, Path asRoot) throws Exception {
        Map<String, List<String>> tables = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + catalogue)) {
            Set<String> names = new TreeSet<>(rows(c, "select name from sqlite_master where type = 'table'"));
            assertEquals(new TreeSet<>(TABLES), names, "a table this comparison does not know");
            Map<String, String> groupOf = groups(c);
            List<String> files = new ArrayList<>();
            for (String row : rows(
                    c,
                    "select path, hex(path_bytes), size_bytes, " + (root == null ? "mtime_ms" : "'-'")
                            + ", content_hash, container, codec, sample_rate,"
                            + " channels, bit_depth, bitrate_kbps, duration_ticks, status, failure_reason,"
                            + " failed_read_support, missing_since is not null from file")) {
                files.add(row + " group=" + groupOf.get(row.substring(0, row.indexOf('|'))));
            }
            tables.put("file", files);
            tables.put("artist", rows(c, "select name, musicbrainz_id from artist"));
            tables.put(
                    "album",
                    rows(
                            c,
                            "select title, artist.name, musicbrainz_release_id, musicbrainz_release_group_id"
                                    + " from album join artist on artist.id = album_artist_id"));
            tables.put(
                    "track",
                    rows(
                            c,
                            "select f.path, t.title, ar.name, al.title, aa.name, track_number, track_total,"
                                    + " disc_number, disc_total, date, genre, musicbrainz_recording_id,"
                                    + " musicbrainz_track_id from track t join file f on f.id = t.file_id"
                                    + " left join artist ar on ar.id = t.artist_id left join album al on al.id ="
                                    + " t.album_id left join artist aa on aa.id = al.album_artist_id"));
            tables.put(
                    "fingerprint",
                    rows(
                            c,
                            "select f.path, algorithm_version, chromaprint, hex(raw), duration_s, missing_reason"
                                    + " from fingerprint join file f on f.id = file_id"));
            tables.put(
                    "fingerprint_term",
                    rows(
                            c,
                            "select f.path, count(*), sum(term), min(term), max(term) from fingerprint_term"
                                    + " join file f on f.id = file_id group by f.path"));
            tables.put(
                    "decode_warning",
                    rows(
                            c,
                            "select f.path, seq, position_s, message from decode_warning"
                                    + " join file f on f.id = file_id"));
            tables.put(
                    "analysis",
                    rows(
                            c,
                            "select f.path, segment_version, analyze_version, no_audio, integrated_lufs,"
                                    + " loudness_range_lu, sample_peak_dbfs, true_peak_dbtp, track_gain_db,"
                                    + " album_gain_db, lead_in_ticks, lead_out_ticks, fade_in_start_ticks,"
                                    + " fade_in_end_ticks, fade_out_start_ticks, fade_out_end_ticks,"
                                    + " hex(gating_blocks) from analysis join file f on f.id = file_id"));
            tables.put(
                    "passage",
                    rows(
                            c,
                            "select f.path, p.seq, start_ticks, end_ticks, lead_in_ticks, lead_out_ticks,"
                                    + " fade_in_start_ticks, fade_in_end_ticks, fade_out_start_ticks,"
                                    + " fade_out_end_ticks, integrated_lufs, loudness_range_lu, sample_peak_dbfs,"
                                    + " true_peak_dbtp from passage p join file f on f.id = p.file_id"));
            tables.put(
                    "flavor",
                    rows(
                            c,
                            "select f.path, version, hex(vector), no_vector from flavor"
                                    + " join file f on f.id = file_id"));
            tables.put(
                    "passage_flavor",
                    rows(
                            c,
                            "select f.path, seq, hex(vector), no_vector from passage_flavor"
                                    + " join file f on f.id = file_id"));
            tables.put(
                    "album_gain_pending",
                    rows(c, "select al.title, marks from album_gain_pending join album al on al.id = album_id"));
            tables.put(
                    "acoustid_lookup",
                    rows(
                            c,
                            "select fingerprint_sha256, status, acoustid_id, score, recording_mbid, error,"
                                    + " failures from acoustid_lookup"));
            tables.put(
                    "file_identity",
                    rows(
                            c,
                            "select f.path, l.fingerprint_sha256, f.updated_at = i.file_updated_at"
                                    + " from file_identity i join file f on f.id = i.file_id"
                                    + " join acoustid_lookup l on l.id = i.lookup_id"));
            tables.put("mb_recording", rows(c, "select mbid, title, artist_credit, length_ms from mb_recording"));
            tables.put("mb_release", rows(c, "select * from mb_release"));
            // The history of runs differs by design (a stopped run is recorded interrupted); the last run must
            // have completed, and none may be left running.
            tables.put(
                    "scan_run (last, and any running)",
                    rows(
                            c,
                            "select 'last ' || outcome from scan_run where id = (select max(id) from scan_run)"
                                    + " union all select 'running ' || id from scan_run where outcome = 'running'"));
            tables.put("similarity index", indexRecord(c, catalogue));
        }
        if (root != null) {
            String from = root.toString();
            String to = asRoot.toString();
            tables.replaceAll((table, rows) ->
                    rows.stream().map(row -> row.replace(from, to)).sorted().toList());
        }
        return tables;
    }

    /** For each live vector (imported, present, indexable version), whether the index file holds it. */
    private static List<String> indexRecord(Connection c, Path catalogue) throws Exception {
        Path file = SimilarityIndex.fileFor(catalogue);
        List<String> record = new ArrayList<>();
        if (!Files.exists(file)) {
            record.add("no index file");
            return record;
        }
        LoadedIndex loaded = VectorIndex.loader().load(file);
        long newest = Long.parseLong(
                rows(c, "select coalesce(max(id), 0) from flavor").get(0));
        record.add("caught up: " + (loaded.caughtUpMark() >= newest));
        try (ResultSet rs = c.createStatement()
                .executeQuery("select fl.id, f.path from flavor fl join file f on f.id = fl.file_id"
                        + " where fl.vector is not null and f.status = 'imported' and f.missing_since is null"
                        + " and fl.version between " + SimilarityIndex.VERSIONS.oldest() + " and "
                        + SimilarityIndex.VERSIONS.newest())) {
            while (rs.next()) {
                record.add(rs.getString(2) + " indexed: " + loaded.index().contains(rs.getLong(1)));
            }
        }
        record.sort(null);
        return record;
    }

    /** Each file's duplicate group, as the sorted paths of its files. */
    private static Map<String, String> groups(Connection c) throws SQLException {
        Map<Long, String> paths = new HashMap<>();
        Map<Long, Long> heads = new HashMap<>();
        try (ResultSet rs = c.createStatement().executeQuery("select id, path, duplicate_of from file")) {
            while (rs.next()) {
                long id = rs.getLong(1);
                paths.put(id, rs.getString(2));
                long head = rs.getLong(3);
                heads.put(id, rs.wasNull() ? id : head);
            }
        }
        Map<Long, TreeSet<String>> members = new HashMap<>();
        heads.forEach((id, head) ->
                members.computeIfAbsent(head, h -> new TreeSet<>()).add(paths.get(id)));
        Map<String, String> groupOf = new HashMap<>();
        heads.forEach((id, head) -> {
            String headPath = paths.get(head);
            String problem = headPath == null
                    ? " (points at no file)"
                    : heads.get(head).equals(head) ? "" : " (points at a copy)";
            groupOf.put(paths.get(id), members.get(head) + problem);
        });
        return groupOf;
    }

    private static List<String> rows(Connection c, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery(query)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i == 1 ? "" : "|").append(rs.getObject(i));
                }
                rows.add(row.toString());
            }
        }
        rows.sort(null);
        return rows;
    }

    private static List<String> rows(PipelineHarness harness, String query) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + harness.catalogue.file())) {
            return rows(c, query);
        }
    }

    private static void execute(PipelineHarness harness, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + harness.catalogue.file())) {
            c.createStatement().execute(sql);
        }
    }
}
