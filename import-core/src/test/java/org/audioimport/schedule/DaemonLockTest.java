package org.audioimport.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DaemonLockTest {
    @TempDir
    Path dir;

    @Test
    void secondDaemonOnTheSameCatalogueIsRefusedWithTheHoldersPid() throws Exception {
        Path catalogue = dir.resolve("library.db");
        try (DaemonLock first = DaemonLock.acquire(catalogue)) {
            DaemonLock.AlreadyRunningException refused =
                    assertThrows(DaemonLock.AlreadyRunningException.class, () -> DaemonLock.acquire(catalogue));

            assertTrue(
                    refused.getMessage()
                            .contains("pid " + ProcessHandle.current().pid()),
                    refused.getMessage());
            assertEquals(
                    ProcessHandle.current().pid() + "",
                    Files.readString(first.file()).strip());
        }
    }

    @Test
    void lockIsFreeAgainOnceReleased() throws Exception {
        Path catalogue = dir.resolve("library.db");
        DaemonLock.acquire(catalogue).close();

        try (DaemonLock again = DaemonLock.acquire(catalogue)) {
            assertTrue(Files.exists(again.file()));
        }
    }

    @Test
    void staleLockFileOfADeadProcessIsTakenOver() throws Exception {
        Path catalogue = dir.resolve("library.db");
        Files.writeString(DaemonLock.lockFileFor(catalogue), "999999999\n");

        try (DaemonLock taken = DaemonLock.acquire(catalogue)) {
            assertEquals(
                    ProcessHandle.current().pid() + "",
                    Files.readString(taken.file()).strip());
        }
    }
}
