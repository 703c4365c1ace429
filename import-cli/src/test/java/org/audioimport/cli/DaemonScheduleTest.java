package org.audioimport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daemon's schedule as {@code /api/status} announces it. */
class DaemonScheduleTest {
    @Test
    void aCronScheduleWaitsForItsNextTimeAndStatusAnnouncesIt(@TempDir Path dir) throws Exception {
        Path library = Files.createDirectories(dir.resolve("library"));
        try (RunningDaemon daemon = RunningDaemon.startInProcess(
                dir,
                library.toString(),
                "--db",
                dir.resolve("library.db").toString(),
                "--cron",
                "30 3 * * *",
                "--no-initial-scan")) {
            OffsetDateTime next = OffsetDateTime.parse(
                    daemon.getJson("/api/status").get("next_scan_at").asText());

            assertEquals(
                    LocalTime.of(3, 30),
                    next.atZoneSameInstant(ZoneId.systemDefault()).toLocalTime());
            assertEquals("idle", daemon.getJson("/api/status").get("state").asText());
        }
    }
}
