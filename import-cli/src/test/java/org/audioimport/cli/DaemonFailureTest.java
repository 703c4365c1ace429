package org.audioimport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the HTTP side says when the daemon's folders or its catalogue fail it: a scan that cannot run to a
 * summary ends with a {@code scan-finished} event holding the error, and a catalogue that cannot be read is a 503
 * while the metrics still answer. And a scan request without roots asks for every configured folder.
 */
class DaemonFailureTest {
    @Test
    void aScanThatCannotRunEndsWithAnErrorEventAndCountsAsFailed(@TempDir Path dir) throws Exception {
        Path library = Files.createDirectories(dir.resolve("library"));
        Path db = dir.resolve("library.db");
        try (RunningDaemon daemon =
                RunningDaemon.startInProcess(dir, library.toString(), "--db", db.toString(), "--no-initial-scan")) {
            Files.writeString(db, "no longer a catalogue: ".repeat(100));

            try (EventStream events = new EventStream(daemon.uri("/api/events"))) {
                HttpResponse<String> asked = daemon.post("/api/scans", "null");
                EventStream.Received started = events.until("scan-started", 60);
                EventStream.Received finished = events.until("scan-finished", 60);

                assertEquals(202, asked.statusCode(), asked.body());
                assertEquals(
                        library.toString(),
                        RunningDaemon.json(asked).get("roots").get(0).asText());
                assertEquals("api", started.data().get("trigger").asText());
                assertEquals("api", finished.data().get("trigger").asText());
                assertTrue(
                        finished.data().get("error").asText().contains(db.toString()),
                        finished.data().toString());
            }
            String metrics = daemon.get("/metrics").body();

            assertTrue(metrics.contains("audio_import_scans_total{outcome=\"failed\"} 1.0"), metrics);
        }
    }

    @Test
    void aFolderThatIsGoneIsReportedByAScanThatKeepsItsFiles(@TempDir Path dir) throws Exception {
        Path library = Files.createDirectories(dir.resolve("library"));
        Files.copy(aSampleFlac(dir), library.resolve("one.flac"));
        try (RunningDaemon daemon = RunningDaemon.startInProcess(
                dir, library.toString(), "--db", dir.resolve("library.db").toString(), "--every", "1h")) {
            daemon.awaitIdleAfter(1);
            Files.move(library, dir.resolve("unplugged"));

            HttpResponse<String> asked = daemon.post("/api/scans", "null");
            JsonNode scan = daemon.awaitIdleAfter(2).get("last_scans").get(0);
            JsonNode file = daemon.getJson("/api/files?limit=10").get("items").get(0);

            assertEquals(202, asked.statusCode(), asked.body());
            assertEquals("completed", scan.get("outcome").asText(), scan.toString());
            assertEquals(0, scan.get("missing").asInt(), scan.toString());
            assertEquals(1, scan.get("failed").asInt(), scan.toString());
            JsonNode reported = scan.get("failures").get(0);
            assertEquals(library.toString(), reported.get("path").asText());
            assertTrue(
                    reported.get("reason")
                            .asText()
                            .equals(
                                    "not found; the 1 file the catalogue holds under it is kept as it was (is its disk mounted?)"),
                    reported.toString());
            assertEquals("imported", file.get("status").asText(), file.toString());
        }
    }

    private static Path aSampleFlac(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(Cli.sampleCopy(dir.resolve("sample")))) {
            return files.filter(p -> p.toString().endsWith(".flac")).findFirst().orElseThrow();
        }
    }

    @Test
    void anEmptyObjectOrNullRootsAskForEveryConfiguredFolder(@TempDir Path dir) throws Exception {
        Path library = Files.createDirectories(dir.resolve("library"));
        try (RunningDaemon daemon = RunningDaemon.startInProcess(
                dir, library.toString(), "--db", dir.resolve("library.db").toString(), "--no-initial-scan")) {
            for (String body : new String[] {"{}", "{\"roots\": null}", ""}) {
                HttpResponse<String> asked = daemon.post("/api/scans", body);

                assertEquals(202, asked.statusCode(), body + " -> " + asked.body());
                assertEquals(
                        library.toString(),
                        RunningDaemon.json(asked).get("roots").get(0).asText(),
                        body);
            }
        }
    }

    @Test
    void aCatalogueThatCannotBeReadAnswers503AndTheMetricsStillAnswer(@TempDir Path dir) throws Exception {
        Path library = Files.createDirectories(dir.resolve("library"));
        Path db = dir.resolve("library.db");
        try (RunningDaemon daemon =
                RunningDaemon.startInProcess(dir, library.toString(), "--db", db.toString(), "--no-initial-scan")) {
            Files.writeString(db, "no longer a catalogue: ".repeat(100));

            HttpResponse<String> status = daemon.get("/api/status");
            HttpResponse<String> metrics = daemon.get("/metrics");

            assertEquals(503, status.statusCode(), status.body());
            assertTrue(RunningDaemon.json(status).get("error").asText().contains(db.toString()), status.body());
            assertEquals(200, metrics.statusCode(), metrics.body());
            assertTrue(metrics.body().contains("audio_import_busy_retries_total 0.0"), metrics.body());
        }
    }
}
