package org.audioimport.store;

import static org.audioimport.store.ImportedLibrary.CUT;
import static org.audioimport.store.ImportedLibrary.FIRST_FROST;
import static org.audioimport.store.ImportedLibrary.NOT_AUDIO;
import static org.audioimport.store.ImportedLibrary.REMOVED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.audioimport.testing.SampleLibrary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Browsing a real catalogue by id, as the daemon's HTTP API does: pages, filters, lookups and envelopes. */
class FileBrowserTest {
    @TempDir
    static Path dir;

    private static ImportedLibrary imported;
    private static FileBrowser browser;
    private static CatalogueReader reader;

    @BeforeAll
    static void importTheLibrary() throws Exception {
        imported = ImportedLibrary.makeIn(dir);
        browser = new FileBrowser(imported.catalogue);
        reader = new CatalogueReader(imported.catalogue);
    }

    @Test
    void pagesThroughEveryFileByIdFollowingTheCursor() throws Exception {
        List<FileBrowser.Listed> all = new ArrayList<>();
        int pages = 0;
        FileBrowser.Page page = browser.page(null, null, 4, 0);
        while (true) {
            pages++;
            assertTrue(page.items().size() <= 4);
            all.addAll(page.items());
            if (page.nextCursor() == null) {
                break;
            }
            assertEquals(page.items().get(3).id(), page.nextCursor(), "the cursor is the page's last id");
            page = browser.page(null, null, 4, page.nextCursor());
        }

        assertEquals(ImportedLibrary.FILES, all.size());
        assertEquals((ImportedLibrary.FILES + 3) / 4, pages);
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i).id() > all.get(i - 1).id(), "by id");
        }
        assertEquals(
                ImportedLibrary.FILES,
                Set.copyOf(all.stream().map(FileBrowser.Listed::path).toList()).size());
    }

    @Test
    void aPageThatHoldsTheLastFileHasNoCursor() throws Exception {
        FileBrowser.Page whole = browser.page(null, null, ImportedLibrary.FILES, 0);

        assertEquals(ImportedLibrary.FILES, whole.items().size());
        assertNull(whole.nextCursor());
    }

    @ParameterizedTest
    @ValueSource(strings = {"FROST", "other artist", "synthetic SEASONS", "copies/", "  neon side  "})
    void findsFilesByPathTitleArtistOrAlbumInAnyCase(String text) throws Exception {
        List<FileBrowser.Listed> found = browser.page(text, null, 100, 0).items();

        assertFalse(found.isEmpty(), text);
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (FileBrowser.Listed file : found) {
            assertTrue(
                    Stream.of(file.path(), file.title(), file.artist(), file.album())
                            .anyMatch(field -> field != null
                                    && field.toLowerCase(Locale.ROOT).contains(wanted)),
                    text + " in " + file);
        }
        List<FileBrowser.Listed> everything = browser.page(null, null, 100, 0).items();
        long expected = everything.stream()
                .filter(file -> Stream.of(file.path(), file.title(), file.artist(), file.album())
                        .anyMatch(field ->
                                field != null && field.toLowerCase(Locale.ROOT).contains(wanted)))
                .count();
        assertEquals(expected, found.size(), "every match");
    }

    @ParameterizedTest
    @ValueSource(strings = {"%", "_", "F_rst", "Fr%t", "\\"})
    void wildcardsInTheTextMatchOnlyThemselves(String text) throws Exception {
        assertEquals(List.of(), browser.page(text, null, 100, 0).items());
    }

    @Test
    void filtersByStatusWithMissingFilesApart() throws Exception {
        List<FileBrowser.Listed> failed = browser.page(null, "failed", 100, 0).items();
        List<FileBrowser.Listed> missing = browser.page(null, "missing", 100, 0).items();
        List<FileBrowser.Listed> present =
                browser.page(null, "imported", 100, 0).items();

        assertEquals(List.of(imported.path(NOT_AUDIO)), paths(failed));
        assertEquals(List.of(imported.path(REMOVED)), paths(missing));
        assertEquals("missing", missing.get(0).status());
        assertEquals(ImportedLibrary.FILES - 2, present.size());
        assertFalse(paths(present).contains(imported.path(REMOVED)), "a missing file is not listed as imported");
        assertEquals(List.of(), browser.page("frost", "failed", 100, 0).items(), "text and status together");
    }

    @Test
    void listsTagsAndTheDurationInSecondsOfImportedFilesAndNoDurationForFailedOnes() throws Exception {
        Map<String, FileBrowser.Listed> byPath =
                byPath(browser.page(null, null, 100, 0).items());

        FileBrowser.Listed frost = byPath.get(imported.path(FIRST_FROST));
        SampleLibrary.Row tags = SampleLibrary.expectedRow(FIRST_FROST);
        assertEquals(tags.get("title"), frost.title());
        assertEquals(tags.get("artist"), frost.artist());
        assertEquals(tags.get("album"), frost.album());
        assertEquals("imported", frost.status());
        assertEquals(reader.file(frost.path()).orElseThrow().audio().durationSeconds(), frost.durationSeconds());
        FileBrowser.Listed notAudio = byPath.get(imported.path(NOT_AUDIO));
        assertEquals("failed", notAudio.status());
        assertNull(notAudio.durationSeconds());
        assertNull(notAudio.title());
    }

    @Test
    void mapsPathsToIdsAndBack() throws Exception {
        List<String> paths =
                List.of(imported.path(FIRST_FROST), imported.path(NOT_AUDIO), imported.path("nowhere.flac"));

        Map<String, Long> ids = browser.idsOf(paths);

        assertEquals(Set.of(imported.path(FIRST_FROST), imported.path(NOT_AUDIO)), ids.keySet());
        for (Map.Entry<String, Long> id : ids.entrySet()) {
            assertEquals(id.getKey(), browser.pathOf(id.getValue()).orElseThrow());
        }
        assertFalse(browser.pathOf(-1).isPresent());
        assertEquals(Map.of(), browser.idsOf(List.of()));
    }

    @Test
    void theEnvelopeOfAnAnalysedFileHoldsItsGatingBlocksAndPassages() throws Exception {
        long id = browser.idsOf(List.of(imported.path(FIRST_FROST))).get(imported.path(FIRST_FROST));
        FileDetails details = reader.file(imported.path(FIRST_FROST)).orElseThrow();

        FileBrowser.Envelope envelope = browser.envelope(id).orElseThrow();

        assertEquals(details.audio().durationSeconds(), envelope.durationSeconds());
        int blocksOf100Ms = (int) Math.floor(envelope.durationSeconds() * 10);
        assertTrue(
                envelope.blockEnergies().length > 0 && envelope.blockEnergies().length <= blocksOf100Ms,
                "one block every 100 ms at most: " + envelope.blockEnergies().length);
        assertEquals(details.passages().size(), envelope.passages().size());
        for (int i = 0; i < envelope.passages().size(); i++) {
            FileBrowser.Span span = envelope.passages().get(i);
            FileDetails.PassageDetails passage = details.passages().get(i);
            assertEquals(passage.startSeconds(), span.startSeconds());
            assertEquals(passage.endSeconds(), span.endSeconds());
            assertTrue(span.startSeconds() < span.endSeconds() && span.endSeconds() <= envelope.durationSeconds());
        }
    }

    @Test
    void theEnvelopeCannotBeChangedThroughTheArrayItGives() throws Exception {
        long id = browser.idsOf(List.of(imported.path(CUT))).get(imported.path(CUT));
        FileBrowser.Envelope envelope = browser.envelope(id).orElseThrow();
        float first = envelope.blockEnergies()[0];

        envelope.blockEnergies()[0] = first + 1;

        assertEquals(first, envelope.blockEnergies()[0]);
        assertNotEquals(0, envelope.blockEnergies().length);
    }

    @Test
    void aFailedFileOrAnUnknownIdHasNoEnvelope() throws Exception {
        long failed = browser.idsOf(List.of(imported.path(NOT_AUDIO))).get(imported.path(NOT_AUDIO));

        assertFalse(browser.envelope(failed).isPresent());
        assertFalse(browser.envelope(-1).isPresent());
    }

    private static List<String> paths(List<FileBrowser.Listed> listed) {
        return listed.stream().map(FileBrowser.Listed::path).toList();
    }

    private static Map<String, FileBrowser.Listed> byPath(List<FileBrowser.Listed> listed) {
        Map<String, FileBrowser.Listed> map = new HashMap<>();
        listed.forEach(file -> map.put(file.path(), file));
        return map;
    }
}
