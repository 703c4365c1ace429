package org.audioimport.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.audioimport.scanning.WalkSettings;
import org.audioimport.testing.CatalogueRows;
import org.audioimport.testing.SampleLibrary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder of the user's that holds a symbolic link into a library imported before: the files the link
 * leads to are the library's, under the library's paths; only the folder's own files are new.
 */
class LinkIntoCataloguedFolderTest {
    private static final Set<String> SCAN_BOOKKEEPING = Set.of("scan_run", "flyway_schema_history");
    private static final String ALBUM = "The Fixtures/Synthetic Seasons";

    @TempDir
    Path dir;

    private PipelineHarness harness;
    private Path music;
    private Path home;
    private Path linkToAlbum;

    @BeforeEach
    void importTheLibraryThenMakeAFolderLinkingIntoIt() throws Exception {
        harness = new PipelineHarness(dir.resolve("library.db"));
        music = SampleLibrary.copyTo(dir.resolve("srv/music"));
        home = Files.createDirectories(dir.resolve("home/Music"));
        Files.copy(music.resolve("untagged/track 17.flac"), home.resolve("own track.flac"));
        linkToAlbum = Files.createSymbolicLink(home.resolve("Seasons"), music.resolve(ALBUM));
    }

    @Test
    void theLinkedAlbumIsFoundUnchangedUnderTheLibrarySPathsAndEveryRowBeforeStays() throws Exception {
        importTheLibrary();
        Map<String, List<String>> before = CatalogueRows.of(harness.catalogue.file(), SCAN_BOOKKEEPING);

        ImportSummary summary = harness.run(home, ImportListener.NONE);

        assertEquals(1, summary.imported());
        assertEquals(8, summary.unchanged());
        assertEquals(0, summary.updated() + summary.moved() + summary.missing() + summary.failed());
        Map<String, List<String>> after = CatalogueRows.of(harness.catalogue.file(), SCAN_BOOKKEEPING);
        before.forEach((table, rows) -> assertTrue(after.get(table).containsAll(rows), table + " kept every row"));
        assertEquals(before.get("file").size() + 1, after.get("file").size());
        assertTrue(
                harness.reader.file(home.resolve("own track.flac").toString()).isPresent());
        assertTrue(harness.reader
                .file(linkToAlbum.resolve("01 - First Frost.flac").toString())
                .isEmpty());
    }

    @Test
    void whatChangesBehindTheLinkIsRecordedUnderTheLibrarySPaths() throws Exception {
        importTheLibrary();
        Files.delete(linkToAlbum.resolve("08 - Solstice Night.aiff"));
        Files.copy(linkToAlbum.resolve("01 - First Frost.flac"), linkToAlbum.resolve("09 - Thaw.flac"));

        ImportSummary summary = harness.run(home, ImportListener.NONE);

        assertEquals(2, summary.imported());
        assertEquals(1, summary.missing());
        assertTrue(harness.reader
                .file(music.resolve(ALBUM + "/09 - Thaw.flac").toString())
                .isPresent());
        assertTrue(harness.reader
                .file(linkToAlbum.resolve("09 - Thaw.flac").toString())
                .isEmpty());
        assertTrue(harness.reader.scannedRoots().contains(music.resolve(ALBUM)), "the album joined the scan");
    }

    @Test
    void theLinkAndTheLibraryNamedTogetherScanTheLinkedAlbumOnceUnderTheLibrarySPaths() throws Exception {
        importTheLibrary();
        Map<String, List<String>> before = CatalogueRows.of(harness.catalogue.file(), SCAN_BOOKKEEPING);

        ImportSummary summary = harness.run(
                List.of(home, music), new ImportSettings(4, null, WalkSettings.DEFAULT, PhaseSettings.DEFAULTS));

        assertEquals(1, summary.imported());
        assertEquals(SampleLibrary.expected().size(), summary.unchanged());
        assertEquals(0, summary.updated() + summary.moved() + summary.missing() + summary.failed());
        Map<String, List<String>> after = CatalogueRows.of(harness.catalogue.file(), SCAN_BOOKKEEPING);
        before.forEach((table, rows) -> assertTrue(after.get(table).containsAll(rows), table + " kept every row"));
    }

    @Test
    void aCatalogueThatHoldsTheFilesUnderTheLinkSPathKeepsThemThere() throws Exception {
        assertEquals(9, harness.run(home, ImportListener.NONE).imported());
        importTheLibrary();
        Map<String, List<String>> before = CatalogueRows.of(harness.catalogue.file(), SCAN_BOOKKEEPING);

        ImportSummary again = harness.run(home, ImportListener.NONE);

        assertEquals(9, again.unchanged());
        assertEquals(0, again.imported() + again.updated() + again.moved() + again.missing());
        assertEquals(before, CatalogueRows.of(harness.catalogue.file(), SCAN_BOOKKEEPING));
    }

    @Test
    void theDryRunPlansWhatTheImportDoes() throws Exception {
        importTheLibrary();

        DryRunReport plan = DryRun.plan(
                List.of(home),
                ScanHistory.of(harness.reader),
                new ImportSettings(4, null, WalkSettings.DEFAULT, PhaseSettings.DEFAULTS),
                System.currentTimeMillis());

        assertEquals(List.of(home.resolve("own track.flac")), plan.imports());
        assertEquals(8, plan.unchanged());
        List<Object> rest = new ArrayList<>(plan.updates());
        rest.addAll(plan.moves());
        rest.addAll(plan.missing());
        rest.addAll(plan.failures());
        assertEquals(List.of(), rest);
    }

    @Test
    void aFolderNamedThroughALinkIsJudgedByTheIgnoreRulesOfItsLibraryFolder() throws Exception {
        Path library = Files.createSymbolicLink(dir.resolve("Library"), music);
        Files.writeString(music.resolve(".audioimportignore"), "copies/01 - First Frost.mp3\n");
        WalkSettings walk = new WalkSettings(true, List.of(), List.of(library), false);
        assertEquals(
                SampleLibrary.expected().size() - 1,
                harness.run(music, ImportListener.NONE, walk).imported());

        ImportSummary copies = harness.run(library.resolve("copies"), ImportListener.NONE, walk);

        assertEquals(0, copies.imported());
        assertEquals(1, copies.unchanged());
    }

    private void importTheLibrary() throws Exception {
        assertEquals(
                SampleLibrary.expected().size(),
                harness.run(music, ImportListener.NONE).imported());
    }
}
