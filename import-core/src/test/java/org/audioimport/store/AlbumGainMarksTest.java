package org.audioimport.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
            List<AlbumTracks> pending = writer.pendingAlbums();
            assertEquals(2, pending.getFirst().fileIds().size());
            writer.writeAlbumGains(List.of(pending.getFirst().withGain(-3.5)));
        }
        assertEquals(List.of(), pendingTitles());
    }

    @Test
    void anAlbumMarkedAgainAfterItsTracksWereReadKeepsItsMark() throws Exception {
        try (CatalogueWriter writer = CatalogueWriter.open(catalogue, Duration.ofSeconds(5))) {
            long scan = writer.startScan(List.of(dir), 1);
            writer.write(scan, StoreFixtures.imported("/music/a.flac", "A", "Artist", "Album"), 2);
            List<AlbumTracks> readBefore = writer.pendingAlbums();
            writer.write(scan, StoreFixtures.imported("/music/b.flac", "B", "Artist", "Album"), 2);

            writer.writeAlbumGains(List.of(readBefore.getFirst().withGain(-3.5)));

            assertEquals(List.of("Album"), pendingTitles());
            assertEquals(2, writer.pendingAlbums().getFirst().fileIds().size());
        }
    }

    @Test
    void aTrackThatChangesAlbumMarksTheAlbumItLeavesAndTheOneItJoins() throws Exception {
        try (CatalogueWriter writer = CatalogueWriter.open(catalogue, Duration.ofSeconds(5))) {
            long scan = writer.startScan(List.of(dir), 1);
            writer.write(scan, StoreFixtures.imported("/music/a.flac", "A", "Artist", "Old Album"), 2);
            writer.writeAlbumGains(writer.pendingAlbums().stream()
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
            writer.writeAlbumGains(writer.pendingAlbums().stream()
                    .map(album -> album.withGain(-1.0))
                    .toList());

            writer.markMissing(scan, List.of("/music/a.flac"), 3);
        }
        assertEquals(List.of("Album"), pendingTitles());
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
