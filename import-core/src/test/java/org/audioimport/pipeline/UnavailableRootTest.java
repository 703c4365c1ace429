package org.audioimport.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.audioimport.scanning.WalkSettings;
import org.audioimport.testing.CatalogueRows;
import org.audioimport.testing.Mounts;
import org.audioimport.testing.SampleLibrary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A library whose disk is not mounted is not a library whose files were deleted. Navidrome and beets have
 * emptied users' catalogues that way; here the root is reported and every row stays as it was, even with a
 * purge age of zero, until the disk is back.
 */
class UnavailableRootTest {
    private static final Set<String> SCAN_BOOKKEEPING = Set.of("scan_run", "flyway_schema_history");

    @RegisterExtension
    final Mounts mounts = new Mounts();

    @TempDir
    Path dir;

    private PipelineHarness harness;
    private int sampleFiles;

    @BeforeEach
    void openCatalogue() throws Exception {
        harness = new PipelineHarness(dir.resolve("library.db"));
        sampleFiles = SampleLibrary.expected().size();
    }

    @Test
    void aLibraryWhoseDiskIsUnmountedKeepsEveryRowAsItWasUntilTheDiskIsBack() throws Exception {
        Path disk = SampleLibrary.copyTo(dir.resolve("disk"));
        Path library = Files.createDirectories(dir.resolve("library"));
        mounts.bind(disk, library);
        assertEquals(sampleFiles, harness.run(library, ImportListener.NONE).imported());
        Map<String, List<String>> before = CatalogueRows.of(harness.catalogue.file(), SCAN_BOOKKEEPING);
        mounts.unmount(library);

        ImportSummary unmounted = harness.run(library, ImportListener.NONE, Duration.ZERO);

        assertEquals(0, unmounted.missing());
        assertEquals(0, unmounted.purged());
        assertEquals(0, unmounted.filesSeen());
        assertEquals(1, unmounted.failed());
        FileOutcome.Failed reported = unmounted.failures().get(0);
        assertEquals(library, reported.path());
        assertTrue(
                reported.reason().startsWith("folder is empty, but the catalogue holds " + sampleFiles + " files"),
                reported.reason());
        assertEquals(before, CatalogueRows.of(harness.catalogue.file(), SCAN_BOOKKEEPING));

        mounts.bind(disk, library);
        ImportSummary back = harness.run(library, ImportListener.NONE, Duration.ZERO);

        assertEquals(sampleFiles, back.unchanged());
        assertEquals(0, back.missing() + back.failed() + back.purged());
    }

    @Test
    void aRootThatIsGoneIsReportedAndTheOtherRootsAreScanned() throws Exception {
        Path first = SampleLibrary.copyTo(dir.resolve("first"));
        Path second = Files.createDirectories(dir.resolve("second"));
        assertEquals(
                sampleFiles,
                harness.run(List.of(first, second), purgingAtOnce(WalkSettings.DEFAULT))
                        .imported());
        Files.move(first, dir.resolve("first-unplugged"));
        Files.copy(dir.resolve("first-unplugged/untagged/track 17.flac"), second.resolve("new.flac"));

        ImportSummary scan = harness.run(List.of(first, second), purgingAtOnce(WalkSettings.DEFAULT));

        assertEquals(1, scan.imported());
        assertEquals(0, scan.missing());
        assertEquals(
                List.of(new FileOutcome.Failed(
                        first,
                        "not found; the " + sampleFiles + " files the catalogue holds under it are kept as they were"
                                + " (is its disk mounted?)")),
                scan.failures());
    }

    @Test
    void anEmptiedLibraryIsMissingWhenEmptyFoldersAreAccepted() throws Exception {
        Path library = SampleLibrary.copyTo(dir.resolve("library"));
        assertEquals(sampleFiles, harness.run(library, ImportListener.NONE).imported());
        emptyFolder(library);

        ImportSummary accepted =
                harness.run(List.of(library), keepingMissing(new WalkSettings(true, List.of(), List.of(), true)));

        assertEquals(sampleFiles, accepted.missing());
        assertEquals(0, accepted.failed());
    }

    @Test
    void anEmptiedAlbumFolderScannedOnItsOwnHasItsFilesMissing() throws Exception {
        Path library = SampleLibrary.copyTo(dir.resolve("library"));
        assertEquals(sampleFiles, harness.run(library, ImportListener.NONE).imported());
        Path album = library.resolve("Other Artist/Split Single");
        emptyFolder(album);

        ImportSummary scan = harness.run(
                List.of(album), keepingMissing(new WalkSettings(true, List.of()).withLibraryFolders(List.of(library))));

        assertEquals(2, scan.missing());
        assertEquals(0, scan.failed());
        assertNotNull(harness.stored(album.resolve("1 - Neon Side.flac")).missingSinceMs());
    }

    @Test
    void aConfiguredFolderInsideAnotherIsProtectedAsALibraryFolder() throws Exception {
        Path srv = SampleLibrary.copyTo(dir.resolve("srv"));
        Path nas = SampleLibrary.copyTo(srv.resolve("nas"));
        ImportSettings settings =
                keepingMissing(new WalkSettings(true, List.of()).withLibraryFolders(List.of(srv, nas)));
        assertEquals(2 * sampleFiles, harness.run(List.of(srv, nas), settings).imported());
        emptyFolder(nas);

        ImportSummary scan = harness.run(List.of(srv, nas), settings);

        assertEquals(0, scan.missing());
        assertEquals(sampleFiles, scan.unchanged());
        assertEquals(List.of(nas), pathsOf(scan.failures()));
    }

    @Test
    void aSubfolderAskedForUnderAnUnmountedLibraryIsReportedAndKept() throws Exception {
        Path disk = SampleLibrary.copyTo(dir.resolve("disk"));
        Path library = Files.createDirectories(dir.resolve("library"));
        mounts.bind(disk, library);
        ImportSettings settings =
                keepingMissing(new WalkSettings(true, List.of()).withLibraryFolders(List.of(library)));
        assertEquals(sampleFiles, harness.run(List.of(library), settings).imported());
        mounts.unmount(library);
        Path album = library.resolve("Other Artist/Split Single");

        ImportSummary watched = harness.run(List.of(album), settings);

        assertEquals(0, watched.missing());
        assertEquals(1, watched.failed());
        assertTrue(
                watched.failures()
                        .get(0)
                        .reason()
                        .startsWith("its library folder " + library
                                + " is empty, but the catalogue holds 2 files under it"),
                watched.failures().get(0).reason());
    }

    @Test
    void aSubfolderAskedForUnderALibraryFolderThatIsGoneIsReportedAndKept() throws Exception {
        Path library = SampleLibrary.copyTo(dir.resolve("library"));
        ImportSettings settings = new ImportSettings(4, null, WalkSettings.DEFAULT, PhaseSettings.DEFAULTS)
                .withLibraryFolders(List.of(library));
        assertEquals(sampleFiles, harness.run(List.of(library), settings).imported());
        Files.move(library, dir.resolve("unplugged"));
        Path album = library.resolve("Other Artist/Split Single");

        ImportSummary watched = harness.run(List.of(album), settings);

        assertEquals(0, watched.missing());
        assertEquals(
                List.of(new FileOutcome.Failed(
                        album,
                        "its library folder " + library + ": not found; the 2 files the catalogue holds under it"
                                + " are kept as they were (is its disk mounted?)")),
                watched.failures());
    }

    @Test
    void aSubfolderAskedForThatIsGoneFromAMountedLibraryHasItsFilesMissing() throws Exception {
        Path library = SampleLibrary.copyTo(dir.resolve("library"));
        ImportSettings settings =
                keepingMissing(new WalkSettings(true, List.of()).withLibraryFolders(List.of(library)));
        assertEquals(sampleFiles, harness.run(List.of(library), settings).imported());
        Path album = library.resolve("Other Artist/Split Single");
        emptyFolder(album);
        Files.delete(album);

        ImportSummary watched = harness.run(List.of(album), settings);

        assertEquals(2, watched.missing());
        assertEquals(0, watched.failed());
    }

    @Test
    void aDryRunOfAnUnmountedLibraryPurgesNothing() throws Exception {
        Path library = SampleLibrary.copyTo(dir.resolve("library"));
        assertEquals(sampleFiles, harness.run(library, ImportListener.NONE).imported());
        Files.delete(library.resolve("untagged/track 17.flac"));
        assertEquals(1, harness.run(library, ImportListener.NONE).missing());
        emptyFolder(library);
        long aYearLater = System.currentTimeMillis() + Duration.ofDays(365).toMillis();

        DryRunReport planned = DryRun.plan(
                List.of(library), ScanHistory.of(harness.reader), purgingAtOnce(WalkSettings.DEFAULT), aYearLater);

        assertEquals(List.of(), planned.purged());
        assertEquals(List.of(), planned.missing());
        assertEquals(List.of(library), pathsOf(planned.failures()));
    }

    @Test
    void anEmptyFolderTheCatalogueHoldsNothingUnderIsNoFailure() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));

        ImportSummary scan = harness.run(empty, ImportListener.NONE);

        assertEquals(0, scan.failed() + scan.filesSeen());
    }

    private static List<Path> pathsOf(List<FileOutcome.Failed> failures) {
        return failures.stream().map(FileOutcome.Failed::path).toList();
    }

    /** With a purge age of zero: a file marked missing is deleted at once, so a wrong one shows. */
    private static ImportSettings purgingAtOnce(WalkSettings walk) {
        return new ImportSettings(4, Duration.ZERO, walk, PhaseSettings.DEFAULTS);
    }

    private static ImportSettings keepingMissing(WalkSettings walk) {
        return new ImportSettings(4, null, walk, PhaseSettings.DEFAULTS);
    }

    private static void emptyFolder(Path folder) throws Exception {
        try (var files = Files.walk(folder)) {
            for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (!path.equals(folder)) {
                    Files.delete(path);
                }
            }
        }
    }
}
