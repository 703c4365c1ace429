package org.audioimport.store;

import static org.audioimport.store.ImportedLibrary.CUT;
import static org.audioimport.store.ImportedLibrary.FIRST_FROST;
import static org.audioimport.store.ImportedLibrary.NOT_AUDIO;
import static org.audioimport.store.ImportedLibrary.REMOVED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.audioimport.flavor.FlavorVector;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the read-only questions answer about a catalogue holding imported, failed, warned and missing files. */
class CatalogueReaderTest {
    @TempDir
    static Path dir;

    private static ImportedLibrary imported;
    private static CatalogueReader reader;

    @BeforeAll
    static void importTheLibrary() throws Exception {
        imported = ImportedLibrary.makeIn(dir);
        reader = new CatalogueReader(imported.catalogue);
    }

    @Test
    void listsEachFailedFileWithItsReason() throws Exception {
        List<FailedFile> failed = reader.failedFiles();

        assertEquals(1, failed.size(), failed.toString());
        assertEquals(imported.path(NOT_AUDIO), failed.get(0).path());
        assertTrue(
                failed.get(0).reason().startsWith("not an audio file"),
                failed.get(0).reason());
    }

    @Test
    void listsTheDecodeWarningsOfImportedFiles() throws Exception {
        List<FailedFile> warnings = reader.warnings();

        assertTrue(
                warnings.stream()
                        .anyMatch(w -> w.path().equals(imported.path(CUT))
                                && w.reason().startsWith("truncated")),
                warnings.toString());
        for (FailedFile warning : warnings) {
            assertEquals("imported", reader.file(warning.path()).orElseThrow().status(), warning.path());
        }
    }

    @Test
    void groupsTheCopiesOfARecordingLosslessFirstThenByBitrate() throws Exception {
        List<DuplicateGroup> groups = reader.duplicateGroups();

        assertEquals(1, groups.size(), groups.toString());
        List<DuplicateGroup.Member> members = groups.get(0).files();
        assertEquals(
                List.of(
                        imported.path(FIRST_FROST),
                        imported.path("copies/01 - First Frost.m4a"),
                        imported.path("copies/01 - First Frost.mp3")),
                members.stream().map(DuplicateGroup.Member::path).sorted().toList());
        assertEquals(imported.path(FIRST_FROST), members.get(0).path(), "the lossless copy first");
        assertTrue(members.get(0).lossless());
        assertTrue(members.get(1).bitrateKbps() >= members.get(2).bitrateKbps(), "then the higher bitrate: " + members);
    }

    @Test
    void countsFilesByStatusWithMissingApartAndListsTheScansNewestFirst() throws Exception {
        CatalogueStatus status = reader.status(5);

        assertEquals(1L, status.filesByStatus().get(FileStatus.MISSING));
        assertEquals(1L, status.filesByStatus().get("failed"));
        assertEquals(ImportedLibrary.FILES - 2L, status.filesByStatus().get("imported"));
        assertEquals(2, status.recentScans().size());
        ScanSummary newest = status.recentScans().get(0);
        assertTrue(newest.id() > status.recentScans().get(1).id());
        assertEquals(1, newest.counts().missing());
        assertEquals(0, newest.counts().imported());
        assertEquals(ImportedLibrary.FILES - 1L, status.tracks(), "one per imported file, the missing one's kept");
        assertTrue(status.artists() >= 2 && status.albums() >= 2, status.toString());
        assertEquals(1, reader.status(1).recentScans().size());
    }

    @Test
    void showsAMissingFileWithWhenItWentMissing() throws Exception {
        FileDetails removed = reader.file(imported.path(REMOVED)).orElseThrow();

        assertNotNull(removed.missingSinceMs());
        assertEquals(FileStatus.MISSING, removed.label());
        assertNotNull(removed.levels(), "its analysis stays");
    }

    @Test
    void showsAFailedFileWithoutAudioPropertiesOrTags() throws Exception {
        FileDetails failed = reader.file(imported.path(NOT_AUDIO)).orElseThrow();

        assertEquals("failed", failed.label());
        assertNull(failed.audio());
        assertNull(failed.fingerprint());
        assertNull(failed.levels());
        assertTrue(failed.passages().isEmpty());
        assertFalse(reader.file(imported.path("not/catalogued.flac")).isPresent());
    }

    @Test
    void aFingerprintedFileIsPendingIdentificationAndAFailedOneHasNoIdentity() throws Exception {
        assertEquals(
                FileIdentity.PENDING,
                reader.identity(imported.path(FIRST_FROST)).orElseThrow().status());
        assertEquals(
                FileIdentity.PENDING,
                reader.identity(imported.path("copies/01 - First Frost.mp3"))
                        .orElseThrow()
                        .status());
        assertFalse(reader.identity(imported.path(NOT_AUDIO)).isPresent());
    }

    @Test
    void theFlavorOfAFileIsItsVectorOrTheReasonItHasNone() throws Exception {
        StoredFlavor frost = reader.flavorOf(imported.path(FIRST_FROST)).orElseThrow();
        StoredFlavor failed = reader.flavorOf(imported.path(NOT_AUDIO)).orElseThrow();

        assertEquals(FlavorVector.VERSION, frost.version());
        assertNotNull(frost.vector());
        assertNull(failed.vector());
        assertEquals(FileStatus.FAILED, failed.status());
        assertFalse(reader.flavorOf(imported.path("not/catalogued.flac")).isPresent());
    }
}
