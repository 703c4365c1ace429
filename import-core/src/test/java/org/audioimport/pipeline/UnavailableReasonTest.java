package org.audioimport.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.audioimport.scanning.SkippedFolder;
import org.junit.jupiter.api.Test;

/** What a user reads of a folder the scan could not enter: why, what was kept, and what to check. */
class UnavailableReasonTest {
    private static final Path MUSIC = Path.of("/mnt/music");

    @Test
    void anEmptyLibraryFolderSaysHowManyFilesItKeptAndHowToLetThemGo() {
        SkippedFolder empty = new SkippedFolder(MUSIC, "folder is empty", true);

        assertEquals(
                "folder is empty, but the catalogue holds 1 file under it: it is kept as it was, not marked missing"
                        + " (is its disk mounted? if they were deleted, import with --accept-empty)",
                ScanPlan.unavailableReason(empty, 1));
        assertEquals(
                "folder is empty, but the catalogue holds 2 files under it: they are kept as they were, not marked"
                        + " missing (is its disk mounted? if they were deleted, import with --accept-empty)",
                ScanPlan.unavailableReason(empty, 2));
    }

    @Test
    void aFolderNotFoundAsksAboutItsDiskAndAnUnreadableOneDoesNot() {
        SkippedFolder gone = new SkippedFolder(MUSIC, SkippedFolder.NOT_FOUND, false);
        SkippedFolder locked = new SkippedFolder(MUSIC, "cannot read: permission denied", false);

        assertEquals(
                "not found; the 1 file the catalogue holds under it is kept as it was (is its disk mounted?)",
                ScanPlan.unavailableReason(gone, 1));
        assertEquals("not found (is its disk mounted?)", ScanPlan.unavailableReason(gone, 0));
        assertEquals("cannot read: permission denied", ScanPlan.unavailableReason(locked, 0));
    }
}
