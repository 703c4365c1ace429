package org.audioimport.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import org.audioimport.scanning.WalkSettings;
import org.audioimport.store.FileDetails;
import org.audioimport.testing.SampleLibrary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rescans: moved files keep their identity without a decode, gone files are marked missing, not deleted. */
class IncrementalScanTest {
    private static final String TRACK = "The Fixtures/Synthetic Seasons/01 - First Frost.flac";

    @TempDir
    Path dir;

    private Path library;
    private PipelineHarness harness;
    private int sampleFiles;

    @BeforeEach
    void importSample() throws Exception {
        library = SampleLibrary.copyTo(dir.resolve("library"));
        harness = new PipelineHarness(dir.resolve("library.db"));
        sampleFiles = SampleLibrary.expected().size();
        assertEquals(sampleFiles, harness.run(library, ImportListener.NONE).imported());
    }

    @Test
    void movedFileKeepsItsRowAndAnalysisWithoutBeingDecodedAgain() throws Exception {
        long idBefore = harness.fileId(library.resolve(TRACK));
        String fingerprintBefore = harness.reader
                .file(library.resolve(TRACK).toString())
                .orElseThrow()
                .fingerprint()
                .chromaprint();
        Path moved = Files.createDirectories(library.resolve("renamed")).resolve("frost.flac");
        Files.move(library.resolve(TRACK), moved);
        // A byte-identical file whose decode would fail: any decode of it would record a failure.
        Files.writeString(library.resolve(TRACK + ".txt"), "not audio");

        ImportSummary rescan = harness.run(library, ImportListener.NONE);

        assertEquals(1, rescan.moved());
        assertEquals(0, rescan.imported());
        assertEquals(0, rescan.missing());
        assertEquals(idBefore, harness.fileId(moved), "the row followed the file");
        FileDetails after = harness.reader.file(moved.toString()).orElseThrow();
        assertEquals(fingerprintBefore, after.fingerprint().chromaprint());
        assertTrue(harness.reader.file(library.resolve(TRACK).toString()).isEmpty());
        assertEquals(1, rescan.writes().writeTransactions(), "one transaction for the move");
    }

    @Test
    void deletedFileIsMarkedMissingAndKeptThenCountedByStatus() throws Exception {
        Files.delete(library.resolve(TRACK));

        ImportSummary rescan = harness.run(library, ImportListener.NONE);

        assertEquals(1, rescan.missing());
        assertEquals(sampleFiles - 1, rescan.unchanged());
        FileDetails kept =
                harness.reader.file(library.resolve(TRACK).toString()).orElseThrow();
        assertNotNull(kept.missingSinceMs());
        assertEquals(1L, harness.reader.status(1).filesByStatus().get("missing"));
        assertEquals(1, harness.reader.status(1).recentScans().get(0).counts().missing());
    }

    @Test
    void missingFileThatComesBackUnchangedIsPresentAgain() throws Exception {
        Path file = library.resolve(TRACK);
        Path aside = Files.move(file, dir.resolve("aside.flac"));
        harness.run(library, ImportListener.NONE);
        Files.move(aside, file);

        ImportSummary rescan = harness.run(library, ImportListener.NONE);

        assertEquals(sampleFiles, rescan.unchanged());
        assertNull(harness.reader.file(file.toString()).orElseThrow().missingSinceMs());
    }

    @Test
    void missingFileThatComesBackWithAStaleResultIsPresentAgainAndRefreshed() throws Exception {
        Path file = library.resolve(TRACK);
        Path aside = Files.move(file, dir.resolve("aside.flac"));
        harness.run(library, ImportListener.NONE);
        // As after an upgrade while the file was away: its fingerprint is from an older algorithm.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + harness.catalogue.file())) {
            c.createStatement()
                    .execute("update fingerprint set algorithm_version = 0 where file_id = " + harness.fileId(file));
        }
        Files.move(aside, file);

        ImportSummary rescan = harness.run(library, ImportListener.NONE);

        assertEquals(1, rescan.updated());
        assertEquals(0, rescan.missing());
        assertNull(harness.reader.file(file.toString()).orElseThrow().missingSinceMs());
        assertEquals(0L, harness.reader.status(1).filesByStatus().getOrDefault("missing", 0L));
    }

    @Test
    void scanOfOneFolderDoesNotMarkFilesOfAnotherFolderMissing() throws Exception {
        ImportSummary partial = harness.run(library.resolve("copies"), ImportListener.NONE);

        assertEquals(0, partial.missing());
        assertEquals(2, partial.unchanged());
    }

    @Test
    void missingFilesArePurgedOnlyWhenAskedAndPastTheGracePeriod() throws Exception {
        Files.delete(library.resolve(TRACK));
        harness.run(library, ImportListener.NONE);

        ImportSummary withinGrace = harness.run(library, ImportListener.NONE, java.time.Duration.ofDays(1));
        ImportSummary pastGrace = harness.run(library, ImportListener.NONE, java.time.Duration.ZERO);

        assertEquals(0, withinGrace.purged());
        assertEquals(1, pastGrace.purged());
        assertTrue(harness.reader.file(library.resolve(TRACK).toString()).isEmpty());
        assertEquals(sampleFiles - 1, count("select count(*) from file"));
        assertEquals(sampleFiles - 1, count("select count(*) from fingerprint"), "its rows went with it");
    }

    @Test
    void fingerprintFromAnOlderAlgorithmIsRecomputedAloneOnTheNextScan() throws Exception {
        Path file = library.resolve(TRACK);
        String fingerprint =
                harness.reader.file(file.toString()).orElseThrow().fingerprint().chromaprint();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + harness.catalogue.file())) {
            String id = "(select id from file where path = '" + file.toString().replace("'", "''") + "')";
            c.createStatement()
                    .execute("update fingerprint set algorithm_version = 0, chromaprint = 'stale' where file_id = "
                            + id);
            // A tag edited in the catalogue shows whether the rescan re-read the file's tags: it must not.
            c.createStatement().execute("update track set title = 'kept as is' where file_id = " + id);
        }

        ImportSummary rescan = harness.run(library, ImportListener.NONE);

        assertEquals(1, rescan.updated());
        assertEquals(sampleFiles - 1, rescan.unchanged());
        assertEquals(1, rescan.writes().writeTransactions());
        FileDetails after = harness.reader.file(file.toString()).orElseThrow();
        assertEquals(fingerprint, after.fingerprint().chromaprint(), "fingerprint recomputed");
        assertEquals("kept as is", after.tags().title(), "only the stale phase ran");
        assertEquals(
                1,
                count("select count(*) from fingerprint where algorithm_version = "
                        + org.audioimport.fingerprint.FingerprintSink.VERSION + " and file_id = "
                        + harness.fileId(file)));
        assertEquals(0, harness.run(library, ImportListener.NONE).updated(), "current now: nothing to redo");
    }

    @Test
    void loudnessFromAnOlderAnalyzeVersionIsRecomputedWithoutTouchingTheFingerprint() throws Exception {
        Path file = library.resolve(TRACK);
        double loudness =
                harness.reader.file(file.toString()).orElseThrow().levels().integratedLufs();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + harness.catalogue.file())) {
            String id = "(select id from file where path = '" + file.toString().replace("'", "''") + "')";
            c.createStatement()
                    .execute("update analysis set analyze_version = 0, integrated_lufs = 99 where file_id = " + id);
            c.createStatement().execute("update fingerprint set chromaprint = 'left alone' where file_id = " + id);
        }

        ImportSummary rescan = harness.run(library, ImportListener.NONE);

        assertEquals(1, rescan.updated());
        FileDetails after = harness.reader.file(file.toString()).orElseThrow();
        assertEquals(loudness, after.levels().integratedLufs(), 1e-9, "loudness recomputed");
        assertEquals("left alone", after.fingerprint().chromaprint(), "only the stale phase ran");
        assertEquals(0, harness.run(library, ImportListener.NONE).updated());
    }

    @Test
    void purgeOfAScanLeavesMissingFilesOutsideItsFoldersAlone() throws Exception {
        Path copy = library.resolve("copies/01 - First Frost.mp3");
        Files.delete(copy);
        harness.run(library, ImportListener.NONE);

        ImportSummary otherFolder =
                harness.run(library.resolve("untagged"), ImportListener.NONE, java.time.Duration.ZERO);

        assertEquals(0, otherFolder.purged());
        assertTrue(harness.reader.file(copy.toString()).isPresent());
    }

    @Test
    void purgeOfAFolderLeavesAFolderNamedAlikeButForCaseAlone() throws Exception {
        Path copy = library.resolve("copies/01 - First Frost.mp3");
        Files.delete(copy);
        harness.run(library, ImportListener.NONE);
        Path upperCase = Files.createDirectories(library.resolve("COPIES"));

        ImportSummary otherCase = harness.run(upperCase, ImportListener.NONE, java.time.Duration.ZERO);

        assertEquals(0, otherCase.purged());
        assertTrue(harness.reader.file(copy.toString()).isPresent());
    }

    @Test
    void ignoreFileInAFolderKeepsItsMatchesOutButANegatedPatternTakesOneBack() throws Exception {
        Path other = library.resolve("Other Artist/Split Single");
        Files.writeString(library.resolve(".audioimportignore"), "copies/\n*.mp3\n!2 - Chrome Side.mp3\n");
        Path fresh = Files.createDirectories(dir.resolve("fresh"));
        PipelineHarness again = new PipelineHarness(fresh.resolve("library.db"));

        ImportSummary summary = again.run(library, ImportListener.NONE);

        long mp3s = SampleLibrary.expected().stream()
                .filter(r -> r.get("path").endsWith(".mp3"))
                .count();
        long copies = SampleLibrary.expected().stream()
                .filter(r -> r.get("path").startsWith("copies/"))
                .count();
        long copiesMp3 = SampleLibrary.expected().stream()
                .filter(r ->
                        r.get("path").startsWith("copies/") && r.get("path").endsWith(".mp3"))
                .count();
        assertEquals(sampleFiles - mp3s - copies + copiesMp3 + 1, summary.imported());
        assertTrue(again.reader
                .file(other.resolve("2 - Chrome Side.mp3").toString())
                .isPresent());
        assertTrue(again.reader
                .file(library.resolve("copies/01 - First Frost.m4a").toString())
                .isEmpty());
    }

    @Test
    void aSubfolderNewlyLeftOutByTheLibrarysIgnoreFileIsMarkedMissingByItsOwnScan() throws Exception {
        Path album = library.resolve("The Fixtures/Synthetic Seasons");
        long inAlbum = SampleLibrary.expected().stream()
                .filter(r -> r.get("path").startsWith("The Fixtures/Synthetic Seasons/"))
                .count();
        Files.writeString(library.resolve(".audioimportignore"), "Synthetic Seasons/\n");
        WalkSettings walk = new WalkSettings(true, List.of()).withLibraryFolders(List.of(library));

        ImportSummary albumAlone = harness.run(album, ImportListener.NONE, walk);

        assertEquals(inAlbum, albumAlone.missing());
        assertEquals(0, albumAlone.imported() + albumAlone.unchanged());
        assertNotNull(harness.reader
                .file(library.resolve(TRACK).toString())
                .orElseThrow()
                .missingSinceMs());
    }

    @Test
    void symlinkedFolderIsSkippedWhenLinksAreNotFollowed() throws Exception {
        Path outside = SampleLibrary.copyTo(dir.resolve("outside"));
        Path linkedLibrary = Files.createDirectories(dir.resolve("linked"));
        Files.createSymbolicLink(linkedLibrary.resolve("music"), outside);
        Files.copy(outside.resolve(TRACK), linkedLibrary.resolve("real.flac"));
        PipelineHarness again = new PipelineHarness(dir.resolve("linked.db"));

        ImportSummary notFollowed = again.run(linkedLibrary, ImportListener.NONE, new WalkSettings(false, List.of()));

        assertEquals(1, notFollowed.imported());
    }

    private long count(String query) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + harness.catalogue.file());
                ResultSet rs = c.createStatement().executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
