package org.audioimport.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.audioimport.scanning.FoundFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueWriterTest {
    @TempDir
    Path dir;

    private Catalogue catalogue;

    @BeforeEach
    void openCatalogue() throws Exception {
        catalogue = Catalogue.open(dir.resolve("library.db"));
    }

    @Test
    void writesFileTrackArtistAndAlbumInExactlyOneTransaction() throws Exception {
        try (CatalogueWriter writer = CatalogueWriter.open(catalogue, Duration.ofSeconds(5))) {
            long scan = writer.startScan(List.of(dir), 1);
            writer.write(scan, StoreFixtures.imported("/music/a.flac", "Song A", "Artist", "Album"), 2);

            assertEquals(1, writer.stats().writeTransactions());
        }
        FileDetails stored =
                new CatalogueReader(catalogue).file("/music/a.flac").orElseThrow();
        assertEquals("imported", stored.status());
        assertEquals("Song A", stored.tags().title());
        assertEquals("Artist", stored.tags().artist());
        assertEquals("Album", stored.tags().album());
        assertEquals(10.0, stored.audio().durationSeconds());
        assertEquals(1, StoreFixtures.count(catalogue, "artist"));
        assertEquals(1, StoreFixtures.count(catalogue, "album"));
    }

    @Test
    void reusesArtistAndAlbumAcrossFilesWithoutDuplicates() throws Exception {
        try (CatalogueWriter writer = CatalogueWriter.open(catalogue, Duration.ofSeconds(5))) {
            long scan = writer.startScan(List.of(dir), 1);
            writer.write(scan, StoreFixtures.imported("/music/a.flac", "A", "Artist", "Album"), 2);
            writer.write(scan, StoreFixtures.imported("/music/b.flac", "B", "Artist", "Album"), 2);
        }
        assertEquals(1, StoreFixtures.count(catalogue, "artist"));
        assertEquals(1, StoreFixtures.count(catalogue, "album"));
        assertEquals(2, StoreFixtures.count(catalogue, "track"));
    }

    @Test
    void failureInsideTheTransactionLeavesNoRowOfThatFile() throws Exception {
        try (Connection c = StoreFixtures.otherConnection(catalogue)) {
            c.createStatement()
                    .execute("create trigger injected_failure before insert on track "
                            + "when new.title = 'explodes' begin select raise(abort, 'injected failure'); end");
        }
        try (CatalogueWriter writer = CatalogueWriter.open(catalogue, Duration.ofSeconds(5))) {
            long scan = writer.startScan(List.of(dir), 1);

            WriteException failure = assertThrows(
                    WriteException.class,
                    () -> writer.write(
                            scan, StoreFixtures.imported("/music/x.flac", "explodes", "New Artist", "New Album"), 2));

            assertTrue(failure.getMessage().contains("/music/x.flac"), failure.getMessage());
            assertTrue(failure.reason().contains("injected failure"), failure.reason());
            writer.write(scan, StoreFixtures.imported("/music/ok.flac", "fine", "Other", "Other Album"), 2);
        }
        assertTrue(new CatalogueReader(catalogue).file("/music/x.flac").isEmpty());
        assertEquals(1, StoreFixtures.count(catalogue, "file"));
        assertEquals(1, StoreFixtures.count(catalogue, "artist"), "the failed file's new artist was rolled back");
        assertEquals(1, StoreFixtures.count(catalogue, "album"), "the failed file's new album was rolled back");
    }

    @Test
    void waitsOutAnotherWriterHoldingTheLockAndCountsTheRetries() throws Exception {
        try (CatalogueWriter writer = CatalogueWriter.open(catalogue, Duration.ofSeconds(10));
                Connection other = StoreFixtures.otherConnection(catalogue)) {
            long scan = writer.startScan(List.of(dir), 1);
            other.createStatement().execute("begin immediate");

            CompletableFuture<Void> write = CompletableFuture.runAsync(() -> {
                try {
                    writer.write(scan, StoreFixtures.imported("/music/a.flac", "A", "Artist", "Album"), 2);
                } catch (WriteException e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(400);
            boolean stillWaiting = !write.isDone();
            other.createStatement().execute("commit");
            write.get();

            assertTrue(stillWaiting, "the write waited while the other connection held the lock");
            WriteStats stats = writer.stats();
            assertTrue(stats.busyRetries() > 0, "busy retries: " + stats.busyRetries());
            assertTrue(stats.lockWaitMsTotal() >= 300, "lock wait: " + stats.lockWaitMsTotal());
            assertEquals(1, stats.writeTransactions());
        }
        assertEquals(1, StoreFixtures.count(catalogue, "file"));
    }

    @Test
    void givesUpOnAFileWhenTheCatalogueStaysBusyPastTheLimit() throws Exception {
        try (CatalogueWriter writer = CatalogueWriter.open(catalogue, Duration.ofMillis(300));
                Connection other = StoreFixtures.otherConnection(catalogue)) {
            long scan = writer.startScan(List.of(dir), 1);
            other.createStatement().execute("begin immediate");
            try {
                WriteException failure = assertThrows(
                        WriteException.class,
                        () -> writer.write(scan, StoreFixtures.imported("/music/a.flac", "A", "Artist", "Album"), 2));
                assertTrue(failure.reason().contains("busy"), failure.reason());
            } finally {
                other.createStatement().execute("rollback");
            }
            writer.write(scan, StoreFixtures.imported("/music/b.flac", "B", "Artist", "Album"), 3);
        }
        assertTrue(new CatalogueReader(catalogue).file("/music/a.flac").isEmpty());
        assertTrue(new CatalogueReader(catalogue).file("/music/b.flac").isPresent());
    }

    @Test
    void failedFileReplacesEarlierImportAndDropsItsTrack() throws Exception {
        try (CatalogueWriter writer = CatalogueWriter.open(catalogue, Duration.ofSeconds(5))) {
            long scan = writer.startScan(List.of(dir), 1);
            writer.write(scan, StoreFixtures.imported("/music/a.flac", "A", "Artist", "Album"), 2);
            writer.write(scan, new FileImport.Failed(new FoundFile(Path.of("/music/a.flac"), 5, 6), "truncated", 1), 3);
        }
        FileDetails stored =
                new CatalogueReader(catalogue).file("/music/a.flac").orElseThrow();
        assertEquals("failed", stored.status());
        assertEquals("truncated", stored.failureReason());
        assertNull(stored.audio());
        assertEquals(0, StoreFixtures.count(catalogue, "track"));
        assertEquals(
                List.of(new FailedFile("/music/a.flac", "truncated")), new CatalogueReader(catalogue).failedFiles());
    }

    @Test
    void readerNeitherWaitsForNorSeesAnotherWritersOpenTransaction() throws Exception {
        try (CatalogueWriter writer = CatalogueWriter.open(catalogue, Duration.ofSeconds(5))) {
            long scan = writer.startScan(List.of(dir), 1);
            writer.write(scan, StoreFixtures.imported("/music/a.flac", "A", "Artist", "Album"), 2);
        }
        try (Connection other = StoreFixtures.otherConnection(catalogue)) {
            other.createStatement().execute("begin immediate");
            other.createStatement().execute("delete from track");
            try (Connection reader = StoreFixtures.otherConnection(catalogue)) {
                reader.createStatement().execute("pragma busy_timeout = 0");

                assertEquals(
                        "A",
                        new CatalogueReader(catalogue)
                                .file("/music/a.flac")
                                .orElseThrow()
                                .tags()
                                .title());
                try (var rs = reader.createStatement().executeQuery("select count(*) from track")) {
                    rs.next();
                    assertEquals(1, rs.getLong(1), "only committed rows are seen, at once");
                }
            } finally {
                other.createStatement().execute("rollback");
            }
        }
    }

    @Test
    void reimportingAChangedFileUpdatesItsOwnRowsAndNoOtherFiles() throws Exception {
        try (CatalogueWriter writer = CatalogueWriter.open(catalogue, Duration.ofSeconds(5))) {
            long scan = writer.startScan(List.of(dir), 1);
            writer.write(scan, StoreFixtures.imported("/music/a.flac", "A", "Artist", "Album"), 2);
            writer.write(scan, StoreFixtures.imported("/music/b.flac", "B", "Artist", "Album"), 2);
            long later = writer.startScan(List.of(dir), 3);
            writer.write(later, StoreFixtures.imported("/music/a.flac", "A again", "Artist", "Album"), 4);
        }
        CatalogueReader reader = new CatalogueReader(catalogue);
        assertEquals(
                "A again", reader.file("/music/a.flac").orElseThrow().tags().title());
        assertEquals("B", reader.file("/music/b.flac").orElseThrow().tags().title());
        assertEquals(2, StoreFixtures.count(catalogue, "track"));
    }

    @Test
    void musicBrainzIdsOfALaterFileFillThoseAnExistingAlbumLacks() throws Exception {
        FileImport.Imported plain = StoreFixtures.imported("/music/a.flac", "A", "Artist", "Album");
        FileImport.Imported tagged = StoreFixtures.imported("/music/b.flac", "B", "Artist", "Album");
        tagged = new FileImport.Imported(
                tagged.file(),
                tagged.contentHash(),
                tagged.audio(),
                new org.audioimport.tags.Tags(
                        "B",
                        "Artist",
                        "Album",
                        null,
                        2,
                        10,
                        1,
                        1,
                        "2024",
                        "Ambient",
                        new org.audioimport.tags.MusicBrainzIds(
                                "rec", "rt", "artist-id", "album-artist-id", "release", "group")),
                tagged.phases(),
                List.of());
        try (CatalogueWriter writer = CatalogueWriter.open(catalogue, Duration.ofSeconds(5))) {
            long scan = writer.startScan(List.of(dir), 1);
            writer.write(scan, plain, 2);
            writer.write(scan, tagged, 2);
        }
        FileDetails first = new CatalogueReader(catalogue).file("/music/a.flac").orElseThrow();
        assertEquals("release", first.tags().musicBrainz().releaseId());
        assertEquals("group", first.tags().musicBrainz().releaseGroupId());
        assertEquals(1, StoreFixtures.count(catalogue, "album"));
    }

    @Test
    void busyLimitShorterThanTheFirstBackoffMeansOneAttemptNotACrash() throws Exception {
        try (CatalogueWriter writer = CatalogueWriter.open(catalogue, Duration.ofMillis(5));
                Connection other = StoreFixtures.otherConnection(catalogue)) {
            long scan = writer.startScan(List.of(dir), 1);
            other.createStatement().execute("begin immediate");
            try {
                WriteException failure = assertThrows(
                        WriteException.class,
                        () -> writer.write(scan, StoreFixtures.imported("/music/a.flac", "A", "Artist", "Album"), 2));
                assertTrue(failure.reason().contains("busy"), failure.reason());
            } finally {
                other.createStatement().execute("rollback");
            }
        }
    }

    @Test
    void recordsScanRunWithItsCounts() throws Exception {
        try (CatalogueWriter writer = CatalogueWriter.open(catalogue, Duration.ofSeconds(5))) {
            long scan = writer.startScan(List.of(dir), 1000);
            writer.finishScan(scan, new ScanCounts(6, 2, 1, 1, 1, 1, 3, 2), true, 2000);
        }
        CatalogueStatus status = new CatalogueReader(catalogue).status(5);
        ScanSummary scan = status.recentScans().get(0);
        assertEquals("completed", scan.outcome());
        assertEquals(new ScanCounts(6, 2, 1, 1, 1, 1, 3, 2), scan.counts());
        assertEquals(2000L, scan.finishedAtMs());
    }
}
