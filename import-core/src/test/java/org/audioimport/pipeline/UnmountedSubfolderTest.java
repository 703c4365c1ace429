package org.audioimport.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.audioimport.scanning.MountPoints;
import org.audioimport.scanning.WalkSettings;
import org.audioimport.testing.CatalogueRows;
import org.audioimport.testing.Mounts;
import org.audioimport.testing.SampleLibrary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk mounted on a folder inside the library (a NAS share, a USB disk), the mount point named in fstab:
 * when the disk is not there, its empty mount point is not a folder emptied, and its files are kept, whole,
 * even with a purge age of zero. The mounts are real (bind mounts, as root); the fstab is the test's own,
 * the mounted table the kernel's.
 */
class UnmountedSubfolderTest {
    private static final Set<String> SCAN_BOOKKEEPING = Set.of("scan_run", "flyway_schema_history");
    private static final Path MOUNTED_NOW = Path.of("/proc/self/mountinfo");

    @RegisterExtension
    final Mounts mounts = new Mounts();

    @TempDir
    Path dir;

    private PipelineHarness harness;
    private Path library;
    private Path disk;
    private Path nas;

    /** The sample library, its album "Other Artist" on a disk mounted at library/nas. */
    @BeforeEach
    void libraryWithADiskInIt() throws Exception {
        harness = new PipelineHarness(dir.resolve("library.db"));
        library = SampleLibrary.copyTo(dir.resolve("library"));
        disk = Files.createDirectories(dir.resolve("disk"));
        Files.move(library.resolve("Other Artist"), disk.resolve("Other Artist"));
        nas = Files.createDirectories(library.resolve("nas"));
        mounts.bind(disk, nas);
    }

    @Test
    void theFilesOfADiskThatIsNotMountedAreKeptWholeUntilItIsBack() throws Exception {
        ImportSettings settings = purgingAtOnce(fstabNaming(nas));
        assertEquals(
                SampleLibrary.expected().size(),
                harness.run(List.of(library), settings).imported());
        Map<String, List<String>> before = CatalogueRows.of(harness.catalogue.file(), SCAN_BOOKKEEPING);
        mounts.unmount(nas);

        ImportSummary unmounted = harness.run(List.of(library), settings);

        assertEquals(0, unmounted.missing() + unmounted.purged());
        assertEquals(
                List.of(new FileOutcome.Failed(
                        nas,
                        "folder is empty: the disk fstab mounts there is not mounted, but the catalogue holds 2"
                                + " files under it: they are kept as they were, not marked missing (is its disk"
                                + " mounted? if they were deleted, import with --accept-empty)")),
                unmounted.failures());
        assertEquals(before, CatalogueRows.of(harness.catalogue.file(), SCAN_BOOKKEEPING));

        mounts.bind(disk, nas);
        ImportSummary back = harness.run(List.of(library), settings);

        assertEquals(SampleLibrary.expected().size(), back.unchanged());
        assertEquals(0, back.missing() + back.failed() + back.purged());
    }

    @Test
    void aDiskReachedThroughALinkOfAnotherNameKeepsItsFilesToo() throws Exception {
        mounts.unmount(nas);
        Files.delete(nas);
        Path share = Files.createDirectories(dir.resolve("mnt/share"));
        mounts.bind(disk, share);
        Path link = Files.createSymbolicLink(library.resolve("NAS link"), share);
        ImportSettings settings = purgingAtOnce(fstabNaming(share));
        assertEquals(
                SampleLibrary.expected().size(),
                harness.run(List.of(library), settings).imported());
        mounts.unmount(share);

        ImportSummary unmounted = harness.run(List.of(library), settings);

        assertEquals(0, unmounted.missing() + unmounted.purged());
        assertEquals(
                List.of(link),
                unmounted.failures().stream().map(FileOutcome.Failed::path).toList());
    }

    @Test
    void withoutTheMountPointInFstabTheEmptyFolderIsTakenAsEmptied() throws Exception {
        assertTheDisksFilesAreMissingAfter(keepingMissing(fstabNaming(dir.resolve("elsewhere"))), () -> {
            mounts.unmount(nas);
        });
    }

    @Test
    void aMountedDiskEmptiedOnPurposeHasItsFilesMissing() throws Exception {
        assertTheDisksFilesAreMissingAfter(keepingMissing(fstabNaming(nas)), () -> {
            try (var paths = Files.walk(nas.resolve("Other Artist"))) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        });
    }

    @Test
    void acceptingEmptyFoldersTakesAnUnmountedDisksFilesAsGone() throws Exception {
        WalkSettings accepting = new WalkSettings(true, List.of(), List.of(), true)
                .withMounts(fstabNaming(nas).mounts());
        assertTheDisksFilesAreMissingAfter(keepingMissing(accepting), () -> {
            mounts.unmount(nas);
        });
    }

    /** What happens to the disk between two imports with {@code settings}. */
    @FunctionalInterface
    private interface Change {
        void apply() throws Exception;
    }

    /** Imports, makes {@code change}, imports again: the disk's two files are missing, and nothing failed. */
    private void assertTheDisksFilesAreMissingAfter(ImportSettings settings, Change change) throws Exception {
        harness.run(List.of(library), settings);
        change.apply();

        ImportSummary scan = harness.run(List.of(library), settings);

        assertEquals(2, scan.missing());
        assertEquals(0, scan.failed());
    }

    /** Walk settings whose fstab names {@code mountPoint}, with a space written as fstab writes it. */
    private WalkSettings fstabNaming(Path mountPoint) throws Exception {
        Path fstab = Files.writeString(
                dir.resolve("fstab"),
                "# <file system> <mount point> <type> <options> <dump> <pass>\n"
                        + "UUID=0a1b / ext4 errors=remount-ro 0 1\n"
                        + "/swapfile none swap sw 0 0\n"
                        + "//nas/music " + mountPoint.toString().replace(" ", "\\040") + " cifs noauto,user 0 0\n");
        return WalkSettings.DEFAULT.withMounts(new MountPoints(fstab, MOUNTED_NOW));
    }

    private static ImportSettings purgingAtOnce(WalkSettings walk) {
        return new ImportSettings(4, Duration.ZERO, walk, PhaseSettings.DEFAULTS);
    }

    private static ImportSettings keepingMissing(WalkSettings walk) {
        return new ImportSettings(4, null, walk, PhaseSettings.DEFAULTS);
    }
}
