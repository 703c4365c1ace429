package org.audioimport.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each identification outcome is written in one transaction of its own: all of it, or nothing. */
class IdentityStoreTest {
    private static final String RECORDING = "11111111-1111-4111-8111-111111111111";
    private static final String KEY = "ab".repeat(32);

    @TempDir
    Path dir;

    private Catalogue catalogue;
    private IdentityStore store;
    private long fileId;

    @BeforeEach
    void catalogueOneFile() throws Exception {
        catalogue = Catalogue.open(dir.resolve("library.db"));
        try (CatalogueWriter writer = CatalogueWriter.open(catalogue, BusyRetry.DEFAULT_GIVE_UP_AFTER)) {
            writer.write(writer.startScan(List.of(dir), 1), StoreFixtures.imported("/music/a.flac", "A", "X", "Y"), 1);
        }
        store = new IdentityStore(catalogue);
        fileId = Long.parseLong(single("select id from file where path = '/music/a.flac'"));
    }

    @Test
    void recordsTheRecordingItsReleasesTheLookupAndTheFilesLinkTogether() throws Exception {
        store.record(item(fileId), matched(), recording());

        assertEquals(Long.toString(fileId), single("select file_id from file_identity"));
        assertEquals("matched", single("select status from acoustid_lookup"));
        assertEquals(RECORDING, store.recording(RECORDING).orElseThrow().mbid());
        assertEquals(2, store.recording(RECORDING).orElseThrow().releases().size());
        assertEquals(
                List.of("Album", "Best Of"),
                store.recording(RECORDING).orElseThrow().releases().stream()
                        .map(IdentityRecording.Release::title)
                        .toList(),
                "releases in the order MusicBrainz gave them");
    }

    @Test
    void aRecordingFetchedAgainReplacesItsReleases() throws Exception {
        store.record(item(fileId), matched(), recording());
        IdentityRecording again = new IdentityRecording(
                RECORDING,
                "Title, corrected",
                "Artist",
                null,
                List.of(new IdentityRecording.Release(
                        "33333333-3333-4333-8333-333333333333", "Only", null, null, null)),
                "{}",
                2);

        store.record(item(fileId), matched(), again);

        IdentityRecording kept = store.recording(RECORDING).orElseThrow();
        assertEquals("Title, corrected", kept.title());
        assertEquals(
                List.of("Only"),
                kept.releases().stream().map(IdentityRecording.Release::title).toList());
        assertEquals("1", single("select count(*) from acoustid_lookup"), "one lookup per fingerprint");
    }

    @Test
    void aFileDeletedMeanwhileGetsNoLinkButTheAnswerIsKept() throws Exception {
        store.record(item(fileId + 1000), matched(), recording());

        assertEquals("0", single("select count(*) from file_identity"));
        assertEquals(KEY, store.lookup(KEY).orElseThrow().fingerprintSha256());
        assertTrue(store.recording(RECORDING).isPresent());
    }

    @Test
    void anOutcomeTheCatalogueRefusesIsRolledBackWholeAndNamesTheFile() throws Exception {
        IdentityLookup matchedWithoutRecording =
                new IdentityLookup(KEY, IdentityLookup.MATCHED, "acoustid", 0.9, null, "{}", null, 0, 1, null);

        CatalogueException refused = assertThrows(
                CatalogueException.class, () -> store.record(item(fileId), matchedWithoutRecording, recording()));

        assertTrue(refused.getMessage().contains("cannot record the identity of /music/a.flac"), refused.getMessage());
        assertEquals("0", single("select count(*) from mb_recording"), "the recording written first is rolled back");
        assertEquals("0", single("select count(*) from mb_release"));
        assertEquals("0", single("select count(*) from acoustid_lookup"));
    }

    private IdentityQueueItem item(long id) throws Exception {
        return new IdentityQueueItem(
                id, "/music/a.flac", Long.parseLong(single("select updated_at from file")), "AQAA", 0, null);
    }

    private static IdentityLookup matched() {
        return new IdentityLookup(KEY, IdentityLookup.MATCHED, "acoustid", 0.9, RECORDING, "{}", null, 0, 1, null);
    }

    private static IdentityRecording recording() {
        return new IdentityRecording(
                RECORDING,
                "Title",
                "Artist",
                8000L,
                List.of(
                        new IdentityRecording.Release("22222222-2222-4222-8222-222222222222", "Album", "2024", "GB", 1),
                        new IdentityRecording.Release(
                                "33333333-3333-4333-8333-333333333333", "Best Of", null, null, 7)),
                "{}",
                1);
    }

    private String single(String query) throws Exception {
        try (Connection c = StoreFixtures.otherConnection(catalogue);
                ResultSet rs = c.createStatement().executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
