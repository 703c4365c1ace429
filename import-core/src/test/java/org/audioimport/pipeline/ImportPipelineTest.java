package org.audioimport.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import org.audioimport.store.FileDetails;
import org.audioimport.testing.SampleLibrary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportPipelineTest {
    @TempDir
    Path dir;

    private Path library;
    private PipelineHarness harness;

    @BeforeEach
    void copySample() throws Exception {
        library = SampleLibrary.copyTo(dir.resolve("library"));
        harness = new PipelineHarness(dir.resolve("library.db"));
    }

    @Test
    void importsEverySampleFileWithTheTagsAndAudioPropertiesItCarries() throws Exception {
        List<Map<String, String>> expected = SampleLibrary.expected();

        ImportSummary summary = harness.run(library, ImportListener.NONE);

        assertEquals(expected.size(), summary.imported(), () -> "failures: " + summary.failures());
        assertEquals(0, summary.failed());
        assertEquals(1.0, summary.writeTransactionsPerImportedFile());
        assertEquals(
                List.of("hash", "decode", "fingerprint", "segment", "analyze", "flavor", "tags", "write"),
                List.copyOf(summary.phaseSeconds().keySet()));
        summary.phaseSeconds().forEach((part, seconds) -> assertTrue(seconds > 0, part + " was timed"));
        for (Map<String, String> row : expected) {
            String path = library.resolve(row.get("path")).toString();
            FileDetails stored = harness.reader.file(path).orElseThrow(() -> new AssertionError("not stored: " + path));
            String where = row.get("path") + ": ";
            assertEquals("imported", stored.status(), where + "status");
            assertEquals(row.get("container"), stored.audio().container(), where + "container");
            assertEquals(row.get("codec"), stored.audio().codec(), where + "codec");
            assertEquals(
                    Integer.parseInt(row.get("sample_rate")), stored.audio().sampleRate(), where + "sample rate");
            assertEquals(Integer.parseInt(row.get("channels")), stored.audio().channels(), where + "channels");
            assertTrue(
                    stored.audio().durationSeconds() > 1,
                    where + "duration " + stored.audio().durationSeconds());
            assertEquals(row.get("title"), stored.tags().title(), where + "title");
            assertEquals(row.get("artist"), stored.tags().artist(), where + "artist");
            assertEquals(row.get("album"), stored.tags().album(), where + "album");
            assertEquals(expectedAlbumArtist(row), stored.tags().albumArtist(), where + "album artist");
            assertEquals(number(row.get("track")), stored.tags().track(), where + "track");
            assertEquals(number(row.get("track_total")), stored.tags().trackTotal(), where + "track total");
            assertEquals(number(row.get("disc")), stored.tags().disc(), where + "disc");
            assertEquals(number(row.get("disc_total")), stored.tags().discTotal(), where + "disc total");
            assertEquals(row.get("date"), stored.tags().date(), where + "date");
            assertEquals(row.get("genre"), stored.tags().genre(), where + "genre");
            assertEquals(
                    row.get("musicbrainz_recording_id"),
                    stored.tags().musicBrainz().recordingId(),
                    where + "recording id");
            assertTrue(
                    stored.contentHash().matches("xxh3-128:[0-9a-f]{32}"),
                    where + "content hash " + stored.contentHash());
        }
    }

    @Test
    void secondRunOverAnUnchangedFolderReadsNothingAndWritesNothing() throws Exception {
        ImportSummary first = harness.run(library, ImportListener.NONE);

        ImportSummary second = harness.run(library, ImportListener.NONE);

        assertEquals(first.imported(), second.unchanged());
        assertEquals(0, second.imported());
        assertEquals(0, second.updated());
        assertEquals(0, second.writes().writeTransactions());
    }

    @Test
    void fileChangedSinceTheLastRunIsImportedAgainAsUpdated() throws Exception {
        ImportSummary first = harness.run(library, ImportListener.NONE);
        Path changed = library.resolve(SampleLibrary.expected().get(0).get("path"));
        Files.setLastModifiedTime(
                changed, FileTime.fromMillis(Files.getLastModifiedTime(changed).toMillis() + 5_000));

        ImportSummary second = harness.run(library, ImportListener.NONE);

        assertEquals(1, second.updated());
        assertEquals(first.imported() - 1, second.unchanged());
        assertEquals(1, second.writes().writeTransactions());
        assertEquals(first.imported(), countRows("track"), "no duplicate track row");
    }

    @Test
    void symlinkLoopAndSecondLinkToAFolderDoNotImportAnyFileTwice() throws Exception {
        Files.createSymbolicLink(library.resolve("loop"), library);
        Files.createSymbolicLink(dir.resolve("elsewhere"), library.resolve("untagged"));
        Files.createSymbolicLink(library.resolve("untagged-again"), dir.resolve("elsewhere"));

        ImportSummary summary = harness.run(library, ImportListener.NONE);

        assertEquals(SampleLibrary.expected().size(), summary.imported());
        assertEquals(SampleLibrary.expected().size(), countRows("file"));
    }

    @Test
    void anotherProcessHoldingTheWriteLockIsWaitedOutAndEveryFileStillImports() throws Exception {
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + harness.catalogue.file())) {
            ImportListener holdLockAtStart = new ImportListener() {
                @Override
                public void started(int total, int toExamine) {
                    try {
                        other.createStatement().execute("begin immediate");
                    } catch (java.sql.SQLException e) {
                        throw new IllegalStateException(e);
                    }
                    Thread release = new Thread(() -> {
                        try {
                            Thread.sleep(700);
                            other.createStatement().execute("commit");
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    release.start();
                }
            };

            ImportSummary summary = harness.run(library, holdLockAtStart);

            assertEquals(SampleLibrary.expected().size(), summary.imported(), () -> "failures: " + summary.failures());
            assertTrue(
                    summary.writes().busyRetries() > 0,
                    "busy retries: " + summary.writes().busyRetries());
            assertTrue(
                    summary.writes().lockWaitMsTotal() >= 500,
                    "lock wait: " + summary.writes().lockWaitMsTotal());
        }
    }

    @Test
    void failureInsideOneFilesTransactionLeavesNoRowOfItAndTheRunGoesOn() throws Exception {
        String victim = SampleLibrary.expected().stream()
                .filter(row -> row.get("title") != null)
                .findFirst()
                .orElseThrow()
                .get("title");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + harness.catalogue.file())) {
            c.createStatement()
                    .execute("create trigger injected before insert on track when new.title = '"
                            + victim.replace("'", "''") + "' begin select raise(abort, 'injected failure'); end");
        }

        ImportSummary summary = harness.run(library, ImportListener.NONE);

        int expectedFailures = (int) SampleLibrary.expected().stream()
                .filter(r -> victim.equals(r.get("title")))
                .count();
        assertEquals(expectedFailures, summary.failed());
        assertTrue(
                summary.failures().get(0).reason().contains("injected failure"),
                summary.failures().toString());
        assertEquals(SampleLibrary.expected().size() - expectedFailures, summary.imported());
        assertEquals(summary.imported(), countRows("file"), "no row of the failed file");
        assertEquals(summary.imported(), countRows("track"));
    }

    @Test
    void stopRequestedMidRunLeavesAConsistentCatalogueThatTheNextRunCompletes() throws Exception {
        PipelineHarness.PipelineAccess access = new PipelineHarness.PipelineAccess();
        ImportListener stopAfterFirst = new ImportListener() {
            @Override
            public void fileDone(FileOutcome outcome) {
                access.pipeline.stop();
            }
        };

        ImportSummary stopped = harness.run(library, stopAfterFirst, java.time.Duration.ofSeconds(30), access);

        assertTrue(stopped.interrupted());
        assertTrue(stopped.imported() < SampleLibrary.expected().size(), "stopped early: " + stopped.imported());
        assertEquals(stopped.imported(), countRows("file"));
        assertEquals(countRows("file"), countRows("track"), "every stored file has its track");
        assertEquals(
                "interrupted", harness.reader.status(1).recentScans().get(0).outcome());

        ImportSummary resumed = harness.run(library, ImportListener.NONE);

        assertFalse(resumed.interrupted());
        assertEquals(SampleLibrary.expected().size() - stopped.imported(), resumed.imported());
        assertEquals(SampleLibrary.expected().size(), countRows("file"));
    }

    private long countRows(String table) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + harness.catalogue.file());
                ResultSet rs = c.createStatement().executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** An album without an album-artist tag is filed under the track artist (docs/schema.md). */
    private static String expectedAlbumArtist(Map<String, String> row) {
        if (row.get("album") == null) {
            return null;
        }
        return row.get("album_artist") != null ? row.get("album_artist") : row.get("artist");
    }

    private static Integer number(String cell) {
        return cell == null ? null : Integer.valueOf(cell);
    }
}
