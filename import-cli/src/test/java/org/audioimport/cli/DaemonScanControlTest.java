package org.audioimport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Starting, queueing and cancelling scans through the API, and the live events, on a real daemon. Each test
 * scans its own folder of fresh copies (a POST names it), so that every scan has real work to do.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DaemonScanControlTest {
    private static final int COPIES = 120;

    private Path library;
    private Path db;
    private RunningDaemon daemon;

    @BeforeAll
    void startDaemon() throws Exception {
        Path dir = Files.createTempDirectory("daemon-scans");
        Path sample = Cli.sampleCopy(dir.resolve("sample"));
        library = dir.resolve("library");
        Path flac;
        try (Stream<Path> files = Files.walk(sample)) {
            flac = files.filter(p -> p.toString().endsWith(".flac")).findFirst().orElseThrow();
        }
        for (String folder : List.of("start", "cancel", "events")) {
            Files.createDirectories(library.resolve(folder));
            for (int i = 0; i < COPIES; i++) {
                Files.copy(flac, library.resolve(folder).resolve("copy-" + i + ".flac"));
            }
        }
        Files.writeString(library.resolve("events/broken.mp3"), "not audio");
        db = dir.resolve("library.db");
        daemon = RunningDaemon.startInProcess(
                dir, library.toString(), "--db", db.toString(), "--every", "1h", "--no-initial-scan", "--workers", "1");
    }

    @AfterAll
    void stopDaemon() {
        daemon.close();
    }

    @Test
    void aPostStartsAScanAndAPostDuringItQueuesOneThatRunsAfter() throws Exception {
        HttpResponse<String> first = scanAndAwaitIt("start");
        int before = finishedScans();
        HttpResponse<String> second = scan("start");

        assertEquals(202, first.statusCode(), first.body());
        assertEquals("started", RunningDaemon.json(first).get("accepted").asText());
        assertEquals(202, second.statusCode(), second.body());
        assertEquals("queued", RunningDaemon.json(second).get("accepted").asText());
        daemon.awaitIdleAfter(before + 2);
        List<long[]> runs = scanTimes();
        long[] last = runs.get(runs.size() - 1);
        long[] previous = runs.get(runs.size() - 2);
        assertTrue(last[0] >= previous[1], "the queued scan started after the first ended, never beside it");
    }

    @Test
    void cancelStopsTheRunningScanAsCtrlCDoes() throws Exception {
        scanAndAwaitIt("cancel");
        int before = finishedScans();

        HttpResponse<String> cancelled = daemon.post("/api/scans/current/cancel", "");
        JsonNode status = daemon.awaitIdleAfter(before + 1);

        assertEquals(202, cancelled.statusCode(), cancelled.body());
        JsonNode last = status.get("last_scans").get(0);
        assertEquals("interrupted", last.get("outcome").asText());
        assertTrue(last.get("files_seen").asInt() < COPIES, "it stopped taking files");
        assertEquals(409, daemon.post("/api/scans/current/cancel", "").statusCode(), "nothing left to cancel");
    }

    @Test
    void eventsGiveAMidScanClientTheStateFirstThenProgressAtMostOnceASecondFailuresAndTheEnd() throws Exception {
        scanAndAwaitIt("events");

        try (EventStream events = new EventStream(daemon.uri("/api/events"))) {
            EventStream.Received first = events.next(10);
            EventStream.Received second = events.next(10);
            assertEquals("scan-started", first.name());
            assertEquals("api", first.data().get("trigger").asText());
            assertEquals("progress", second.name());
            assertEquals("scanning", second.data().get("state").asText());
            JsonNode scan = second.data().get("scan");
            assertTrue(scan.has("id")
                    && scan.has("phase")
                    && scan.has("files_total")
                    && scan.has("files_done")
                    && scan.has("files_per_s")
                    && scan.has("eta_s")
                    && scan.has("in_flight")
                    && scan.has("failed"));

            List<EventStream.Received> progress = new ArrayList<>();
            EventStream.Received event;
            boolean failedSeen = false;
            do {
                event = events.next(60);
                if (event.name().equals("progress")) {
                    progress.add(event);
                }
                failedSeen |= event.name().equals("file-failed")
                        && event.data().get("path").asText().endsWith("broken.mp3");
            } while (!event.name().equals("scan-finished"));

            assertTrue(failedSeen, "the broken file's failure was an event");
            assertEquals(COPIES + 1, event.data().get("files_seen").asInt());
            assertTrue(progress.size() >= 2, "progress while the scan ran");
            // Timed by the daemon's own clock (elapsed_s, read as each event is made): where the events arrive,
            // one late delivery can bunch two of them on a loaded machine.
            for (int i = 1; i < progress.size(); i++) {
                double gap = elapsedSeconds(progress.get(i)) - elapsedSeconds(progress.get(i - 1));
                assertTrue(gap >= 0.999, "progress event " + i + " came " + gap + " s after the one before");
            }
            int done = progress.get(progress.size() - 1)
                    .data()
                    .get("scan")
                    .get("files_done")
                    .asInt();
            assertTrue(
                    done > progress.get(0).data().get("scan").get("files_done").asInt(), "progress moved");
        }
    }

    /** Starts a scan of {@code folder} once the daemon is idle, and waits until it has done some files. */
    private HttpResponse<String> scanAndAwaitIt(String folder) throws Exception {
        daemon.awaitIdleAfter(finishedScans());
        HttpResponse<String> response = scan(folder);
        awaitScanning(folder);
        return response;
    }

    private HttpResponse<String> scan(String folder) throws Exception {
        return daemon.post(
                "/api/scans", "{\"roots\": [\"" + library.resolve(folder) + "\"]}", "Content-Type", "application/json");
    }

    private void awaitScanning(String folder) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            JsonNode scan = daemon.getJson("/api/status").get("scan");
            if (!scan.isNull()
                    && scan.get("files_done").asInt() > 0
                    && scan.get("roots")
                            .toString()
                            .contains(library.resolve(folder).toString())) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no scan got going");
    }

    private static double elapsedSeconds(EventStream.Received progress) {
        return progress.data().get("scan").get("elapsed_s").asDouble();
    }

    private int finishedScans() throws Exception {
        return scanTimes().size();
    }

    /** Started and finished times of the finished scans, oldest first. */
    private List<long[]> scanTimes() throws Exception {
        List<long[]> times = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                ResultSet rs = c.createStatement()
                        .executeQuery(
                                "select started_at, finished_at from scan_run where finished_at is not null order by id")) {
            while (rs.next()) {
                times.add(new long[] {rs.getLong(1), rs.getLong(2)});
            }
        }
        return times;
    }
}
