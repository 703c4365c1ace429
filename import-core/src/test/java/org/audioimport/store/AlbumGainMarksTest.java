package org.audioimport.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The albums whose gain is due: marked with the file that changes them, cleared with the gain. */
class AlbumGainMarksTest {
    @TempDir
    Path dir;

    private Catalogue catalogue;

    @BeforeEach
    void openCatalogue() throws Exception {
        catalogue = Catalogue.open(dir.resolve("library.db"));
    }

    @Test
    void aFileWriteMarksItsAlbumAndWritingTheGainClearsTheMark() throws Exception {
        try (CatalogueWriter writer = CatalogueWriter.open(catalogue, Duration.ofSeconds(5))) {
            long scan = writer.startScan(List.of(dir), 1);
            writer.write(scan, StoreFixtures.imported("/music/a.flac", "A", "Artist", "Album"), 2);
            writer.write(scan, StoreFixtures.imported("/music/b.flac", "B", "Artist", "Album"), 2);

            assertEquals(List.of("Album"), pendingTitles());
            List<AlbumTracks> pending = writer.pendingAlbums(0, 10);
            assertEquals(2, pending.getFirst().fileIds().size());
            writer.writeAlbumGains(List.of(pending.getFirst().withGain(-3.5)));
        }
        assertEquals(List.of(), pendingTitles());
    }

    @Test
    void pendingAlbumsComeInBatchesInIdOrderEachWithItsOwnTracks() throws Exception {
        try (CatalogueWriter writer = CatalogueWriter.open(catalogue, Duration.ofSeconds(5))) {
            long scan = writer.startScan(List.of(dir), 1);
            for (String album : List.of("First", "Second", "Third")) {
                writer.write(scan, StoreFixtures.imported("/music/" + album + "-1.flac", "1", "Artist", album), 2);
                writer.write(scan, StoreFixtures.imported("/music/" + album + "-2.flac", "2", "Artist", album), 2);
            }

            List<AlbumTracks> firstBatch = writer.pendingAlbums(0, 2);
            List<AlbumTracks> secondBatch =
                    writer.pendingAlbums(firstBatch.getLast().albumId(), 2);

            assertEquals(2, firstBatch.size());
            assertEquals(1, secondBatch.size());
            assertTrue(firstBatch.getFirst().albumId() < firstBatch.getLast().albumId());
            assertTrue(firstBatch.getLast().albumId() < secondBatch.getFirst().albumId());
            for (AlbumTracks album : List.of(firstBatch.getFirst(), firstBatch.getLast(), secondBatch.getFirst())) {
                assertEquals(2, album.fileIds().size());
                assertEquals(2, album.blocks().size());
            }
        }
    }

    @Test
    void anAlbumMarkedAgainAfterItsTracksWereReadKeepsItsMark() throws Exception {
        try (CatalogueWriter writer = CatalogueWriter.open(catalogue, Duration.ofSeconds(5))) {
            long scan = writer.startScan(List.of(dir), 1);
            writer.write(scan, StoreFixtures.imported("/music/a.flac", "A", "Artist", "Album"), 2);
            List<AlbumTracks> readBefore = writer.pendingAlbums(0, 10);
            writer.write(scan, StoreFixtures.imported("/music/b.flac", "B", "Artist", "Album"), 2);

            writer.writeAlbumGains(List.of(readBefore.getFirst().withGain(-3.5)));

            assertEquals(List.of("Album"), pendingTitles());
            assertEquals(2, writer.pendingAlbums(0, 10).getFirst().fileIds().size());
        }
    }

    @Test
    void aTrackThatChangesAlbumMarksTheAlbumItLeavesAndTheOneItJoins() throws Exception {
        try (CatalogueWriter writer = CatalogueWriter.open(catalogue, Duration.ofSeconds(5))) {
            long scan = writer.startScan(List.of(dir), 1);
            writer.write(scan, StoreFixtures.imported("/music/a.flac", "A", "Artist", "Old Album"), 2);
            writer.writeAlbumGains(writer.pendingAlbums(0, 10).stream()
                    .map(album -> album.withGain(-1.0))
                    .toList());
            assertEquals(List.of(), pendingTitles());

            writer.write(scan, StoreFixtures.imported("/music/a.flac", "A", "Artist", "New Album"), 3);
        }
        assertEquals(List.of("New Album", "Old Album"), pendingTitles());
    }

    @Test
    void aFileGoingMissingMarksItsAlbum() throws Exception {
        try (CatalogueWriter writer = CatalogueWriter.open(catalogue, Duration.ofSeconds(5))) {
            long scan = writer.startScan(List.of(dir), 1);
            writer.write(scan, StoreFixtures.imported("/music/a.flac", "A", "Artist", "Album"), 2);
            writer.writeAlbumGains(writer.pendingAlbums(0, 10).stream()
                    .map(album -> album.withGain(-1.0))
                    .toList());

            writer.markMissing(scan, List.of("/music/a.flac"), 3);
        }
        assertEquals(List.of("Album"), pendingTitles());
    }

    @Test
    void theMigrationMarksTheAlbumsOfAnOlderCatalogueThatHaveNoGain() throws Exception {
        Path older = dir.resolve("older.db");
        Flyway.configure()
                .dataSource("jdbc:sqlite:" + older, null, null)
                .locations("classpath:db/migration")
                .target("6")
                .load()
                .migrate();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + older);
                Statement statement = c.createStatement()) {
            for (String row : List.of(
                    "insert into artist (id, name) values (1, 'Artist')",
                    "insert into album (id, title, album_artist_id) values "
                            + "(1, 'Killed Before Its Gain', 1), (2, 'With Its Gain', 1)",
                    "insert into file (id, path, size_bytes, mtime_ms, status, first_seen_at, updated_at) values "
                            + "(1, '/music/a.flac', 1, 1, 'imported', 1, 1), (2, '/music/b.flac', 1, 1, 'imported', 1, 1)",
                    "insert into track (file_id, title, album_id) values (1, 'A', 1), (2, 'B', 2)",
                    "insert into analysis (file_id, segment_version, analyze_version, no_audio, album_gain_db) values "
                            + "(1, 2, 2, 0, null), (2, 2, 2, 0, -4.5)")) {
                statement.executeUpdate(row);
            }
        }

        catalogue = Catalogue.open(older);

        assertEquals(List.of("Killed Before Its Gain"), pendingTitles());
    }

    private List<String> pendingTitles() throws Exception {
        List<String> titles = new ArrayList<>();
        try (Connection c = StoreFixtures.otherConnection(catalogue);
                ResultSet rs = c.createStatement()
                        .executeQuery("select title from album join album_gain_pending on album_id = album.id "
                                + "order by title")) {
            while (rs.next()) {
                titles.add(rs.getString(1));
            }
        }
        return titles;
    }
}
