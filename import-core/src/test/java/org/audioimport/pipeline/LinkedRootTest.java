package org.audioimport.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
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
 * A library imported by its own path, then named through a symbolic link to it (or the other way round),
 * is the same library: its files are not catalogued, nor decoded, a second time.
 */
class LinkedRootTest {
    private static final Set<String> SCAN_BOOKKEEPING = Set.of("scan_run", "flyway_schema_history");

    @TempDir
    Path dir;

    private PipelineHarness harness;
    private Path music;
    private Path link;

    @BeforeEach
    void importTheLibraryByItsOwnPath() throws Exception {
        harness = new PipelineHarness(dir.resolve("library.db"));
        music = SampleLibrary.copyTo(dir.resolve("srv/music"));
        link = Files.createSymbolicLink(dir.resolve("Music"), music);
        assertEquals(
                SampleLibrary.expected().size(),
                harness.run(music, ImportListener.NONE).imported());
    }

    @Test
    void theLibraryNamedThroughALinkIsFoundUnchangedAndEveryRowStaysAsItWas() throws Exception {
        Map<String, List<String>> before = CatalogueRows.of(harness.catalogue.file(), SCAN_BOOKKEEPING);

        ImportSummary throughLink = harness.run(link, ImportListener.NONE);

        assertEquals(SampleLibrary.expected().size(), throughLink.unchanged());
        assertEquals(0, throughLink.imported() + throughLink.updated() + throughLink.moved() + throughLink.missing());
        assertEquals(before, CatalogueRows.of(harness.catalogue.file(), SCAN_BOOKKEEPING));
    }

    @Test
    void theFoldersScannedBeforeAreEachListedOnceInTheOrderFirstScanned() throws Exception {
        Path other = Files.createDirectories(dir.resolve("other"));
        Path another = Files.createDirectories(dir.resolve("another"));
        ImportSettings settings = new ImportSettings(4, null, WalkSettings.DEFAULT, PhaseSettings.DEFAULTS);
        harness.run(List.of(other, another), settings);
        harness.run(List.of(another), settings);
        harness.run(List.of(link), settings);

        assertEquals(List.of(music, other, another), harness.reader.scannedRoots());
    }

    @Test
    void aNewFileAddedThroughTheLinkIsCataloguedUnderTheLibrarySOwnPath() throws Exception {
        Path added = Files.copy(music.resolve("untagged/track 17.flac"), link.resolve("untagged/track 18.flac"));

        ImportSummary throughLink = harness.run(link.resolve("untagged"), ImportListener.NONE);

        assertEquals(1, throughLink.imported());
        assertEquals(1, throughLink.unchanged());
        Path catalogued = music.resolve("untagged/track 18.flac");
        assertTrue(harness.reader.file(catalogued.toString()).isPresent(), "catalogued as " + catalogued);
        assertTrue(harness.reader.file(added.toString()).isEmpty(), "not as " + added);
    }

    @Test
    void foldersAnOlderVersionRecordedAsTypedNameNothingAndStopNoScan() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + harness.catalogue.file());
                Statement statement = connection.createStatement()) {
            statement.executeUpdate(
                    "INSERT INTO scan_run (started_at, roots, outcome) VALUES (1, 'music', 'completed')");
            statement.executeUpdate(
                    "INSERT INTO scan_run (started_at, roots, outcome) VALUES (2, '/music/AC\\DC', 'completed')");
        }

        assertEquals(List.of(music), harness.reader.scannedRoots());
        assertEquals(
                SampleLibrary.expected().size(),
                harness.run(link, ImportListener.NONE).unchanged());
    }

    @Test
    void aLinkInsideAFolderScannedBeforeThatHoldsNothingUnderItIsScannedUnderTheLibrarySName() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Files.copy(music.resolve("untagged/track 17.flac"), home.resolve("own track.flac"));
        assertEquals(1, harness.run(home, ImportListener.NONE).imported());
        Path musicInHome = Files.createSymbolicLink(home.resolve("Music"), music);
        Map<String, List<String>> before = CatalogueRows.of(harness.catalogue.file(), SCAN_BOOKKEEPING);

        ImportSummary throughLink = harness.run(musicInHome, ImportListener.NONE);

        assertEquals(SampleLibrary.expected().size(), throughLink.unchanged());
        assertEquals(0, throughLink.imported() + throughLink.updated() + throughLink.moved() + throughLink.missing());
        assertEquals(before, CatalogueRows.of(harness.catalogue.file(), SCAN_BOOKKEEPING));
    }
}
