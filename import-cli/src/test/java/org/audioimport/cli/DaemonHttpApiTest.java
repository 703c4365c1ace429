package org.audioimport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every read endpoint of a real daemon, over real HTTP, on a catalogue of the sample library: each answers
 * with the keys of the matching command's --json output.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DaemonHttpApiTest {
    private Path dir;
    private Path library;
    private Path db;
    private RunningDaemon daemon;

    @BeforeAll
    void startDaemon() throws Exception {
        dir = Files.createTempDirectory("daemon-http");
        library = Cli.sampleCopy(dir.resolve("library"));
        Files.writeString(library.resolve("broken.flac"), "not audio at all");
        db = dir.resolve("library.db");
        daemon = RunningDaemon.startInProcess(dir, library.toString(), "--db", db.toString(), "--every", "1h");
        daemon.awaitIdleAfter(1);
    }

    @AfterAll
    void stopDaemon() {
        daemon.close();
    }

    @Test
    void statusSaysIdleWithCataloguCountsLastScansVersionAndNextScan() throws Exception {
        JsonNode status = daemon.getJson("/api/status");

        assertEquals("idle", status.get("state").asText());
        assertTrue(status.get("scan").isNull());
        assertEquals(
                Cli.countAudioFiles(library) - 1,
                status.get("catalogue").get("imported").asLong());
        assertEquals(1, status.get("catalogue").get("failed").asLong());
        JsonNode lastScan = status.get("last_scans").get(0);
        assertEquals("completed", lastScan.get("outcome").asText());
        assertEquals(Cli.countAudioFiles(library), lastScan.get("files_seen").asLong());
        assertTrue(status.get("version").asText().startsWith("audio-import "));
        assertFalse(status.get("next_scan_at").isNull());
    }

    @Test
    void aScanThisDaemonRanIsListedWithEveryKeyOfImportJson() throws Exception {
        Cli imported = Cli.run(
                "import", library.toString(), "--db", dir.resolve("other.db").toString(), "--json");
        JsonNode lastScan = daemon.getJson("/api/status").get("last_scans").get(0);

        List<String> missing = new ArrayList<>();
        imported.json().fieldNames().forEachRemaining(key -> {
            if (!lastScan.has(key)) {
                missing.add(key);
            }
        });
        assertEquals(List.of(), missing, "keys of import --json absent from last_scans[0]");
        assertEquals(lastScan.get("id"), lastScan.get("scan_id"));
        assertEquals(1, lastScan.get("failures").size(), "the broken file, with its reason");
    }

    @Test
    void filesPagesFollowTheCursorThroughEveryFileOnce() throws Exception {
        Set<Long> ids = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = daemon.getJson("/api/files?limit=3" + (cursor == null ? "" : "&cursor=" + cursor));
            for (JsonNode item : page.get("items")) {
                assertTrue(ids.add(item.get("id").asLong()), "each file once");
                assertTrue(item.has("path")
                        && item.has("status")
                        && item.has("title")
                        && item.has("artist")
                        && item.has("album")
                        && item.has("duration_s"));
            }
            cursor = page.get("next_cursor").isNull()
                    ? null
                    : page.get("next_cursor").asText();
            pages++;
        } while (cursor != null);

        assertEquals(Cli.countAudioFiles(library), ids.size());
        assertTrue(pages > 1);
    }

    @Test
    void filesFilterByTextAndStatus() throws Exception {
        JsonNode failed = daemon.getJson("/api/files?status=failed");
        JsonNode byName = daemon.getJson("/api/files?q=BROKEN");

        assertEquals(1, failed.get("items").size());
        assertTrue(failed.get("items").get(0).get("path").asText().endsWith("broken.flac"));
        assertEquals(1, byName.get("items").size());
        assertEquals(
                0,
                daemon.getJson("/api/files?q=%25_nothing_like_this")
                        .get("items")
                        .size());
    }

    @Test
    void aQueryNameWithoutAValueCountsAsNotGiven() throws Exception {
        JsonNode all = daemon.getJson("/api/files?limit=500");
        JsonNode bare = daemon.getJson("/api/files?q&status&limit=500");

        assertEquals(all.get("items").size(), bare.get("items").size());
    }

    @Test
    void fileByIdHasTheKeysAndValuesOfShowJson() throws Exception {
        JsonNode item = daemon.getJson("/api/files?status=imported&limit=1")
                .get("items")
                .get(0);
        String path = item.get("path").asText();

        JsonNode api = daemon.getJson("/api/files/" + item.get("id").asLong());
        Cli show = Cli.run("show", path, "--db", db.toString(), "--json");

        assertEquals(0, show.exitCode(), show.err());
        Iterator<String> keys = show.json().fieldNames();
        while (keys.hasNext()) {
            String key = keys.next();
            assertEquals(show.json().get(key), api.get(key), key);
        }
        assertEquals(item.get("id"), api.get("id"));
    }

    @Test
    void similarByIdListsWhatSimilarJsonLists() throws Exception {
        JsonNode item = daemon.getJson("/api/files?status=imported&limit=1")
                .get("items")
                .get(0);

        JsonNode api = daemon.getJson("/api/files/" + item.get("id").asLong() + "/similar?k=3");
        Cli similar = Cli.run("similar", item.get("path").asText(), "-k", "3", "--db", db.toString(), "--json");

        assertEquals(0, similar.exitCode(), similar.err());
        assertEquals(similar.json().size(), api.size());
        for (int i = 0; i < api.size(); i++) {
            assertEquals(similar.json().get(i).get("path"), api.get(i).get("path"));
            assertEquals(similar.json().get(i).get("distance"), api.get(i).get("distance"));
            assertTrue(api.get(i).get("id").asLong() > 0, "each track links to its file");
        }
    }

    @Test
    void playlistByIdIsThePlaylistThatPlaylistJsonWalks() throws Exception {
        JsonNode item = daemon.getJson("/api/files?status=imported&limit=1")
                .get("items")
                .get(0);

        JsonNode api = daemon.getJson("/api/files/" + item.get("id").asLong() + "/playlist?n=4");
        Cli playlist = Cli.run("playlist", item.get("path").asText(), "-n", "4", "--db", db.toString(), "--json");

        assertEquals(0, playlist.exitCode(), playlist.err());
        assertEquals(item.get("id").asLong(), api.get(0).get("file_id").asLong(), "the seed comes first");
        assertEquals(playlist.json().size(), api.size());
        for (int i = 0; i < api.size(); i++) {
            assertEquals(playlist.json().get(i).get("path"), api.get(i).get("path"));
            assertEquals(playlist.json().get(i).get("crossfade_s"), api.get(i).get("crossfade_s"));
        }
    }

    @Test
    void levelsGiveTheLoudnessEnvelopeAndThePassagesOfShow() throws Exception {
        JsonNode item = daemon.getJson("/api/files?status=imported&limit=1")
                .get("items")
                .get(0);
        long id = item.get("id").asLong();

        JsonNode levels = daemon.getJson("/api/files/" + id + "/levels");
        JsonNode show = daemon.getJson("/api/files/" + id);

        assertTrue(levels.get("loudness_lufs").size() > 10, levels.toString());
        levels.get("loudness_lufs").forEach(lufs -> assertTrue(lufs.asDouble() > -71 && lufs.asDouble() < 1));
        assertEquals(show.get("passages").size(), levels.get("passages").size());
        assertEquals(
                show.get("passages").get(0).get("start_s"),
                levels.get("passages").get(0).get("start_s"));
        assertEquals(show.get("duration_s"), levels.get("duration_s"));
    }

    @Test
    void failedAndDuplicatesListWhatTheCommandsList() throws Exception {
        Cli failed = Cli.run("failed", "--db", db.toString(), "--json");
        Cli duplicates = Cli.run("duplicates", "--db", db.toString(), "--json");

        JsonNode apiFailed = daemon.getJson("/api/failed");
        JsonNode apiDuplicates = daemon.getJson("/api/duplicates");

        assertEquals(failed.json().size(), apiFailed.size());
        assertEquals(failed.json().get(0).get("path"), apiFailed.get(0).get("path"));
        assertEquals(failed.json().get(0).get("reason"), apiFailed.get(0).get("reason"));
        assertEquals(duplicates.json().size(), apiDuplicates.size());
        assertTrue(apiDuplicates.size() > 0, "the sample holds copies");
        assertEquals(
                duplicates.json().get(0).get("files").get(0).get("path"),
                apiDuplicates.get(0).get("files").get(0).get("path"));
        assertNotNull(apiDuplicates.get(0).get("files").get(0).get("id"));
    }

    @Test
    void metricsAreInPrometheusTextFormat() throws Exception {
        HttpResponse<String> metrics = daemon.get("/metrics");

        assertEquals(200, metrics.statusCode());
        assertTrue(metrics.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"));
        String text = metrics.body();
        List<String> expected = new ArrayList<>(List.of(
                "audio_import_files{status=\"imported\"} " + (Cli.countAudioFiles(library) - 1) + ".0",
                "audio_import_files{status=\"failed\"} 1.0",
                "audio_import_scans_total{outcome=\"completed\"} 1.0",
                "audio_import_files_failed_total 1.0",
                "# TYPE audio_import_write_transaction_hold_seconds histogram",
                "audio_import_busy_retries_total 0.0",
                "audio_import_last_successful_scan_timestamp_seconds ",
                "audio_import_last_successful_scan_duration_seconds ",
                "audio_import_similarity_index_vectors "));
        expected.forEach(line -> assertTrue(text.contains(line), line + " in\n" + text));
        assertTrue(
                text.contains("audio_import_files_imported_total " + (Cli.countAudioFiles(library) - 1) + ".0"), text);
        assertTrue(
                text.contains("audio_import_write_transaction_hold_seconds_count " + Cli.countAudioFiles(library)),
                text);
    }

    @Test
    void healthzAnswersOk() throws Exception {
        JsonNode health = daemon.getJson("/healthz");

        assertEquals("ok", health.get("status").asText());
    }

    @Test
    void thePageAndItsFilesAreServed() throws Exception {
        HttpResponse<String> page = daemon.get("/");
        HttpResponse<String> script = daemon.get("/static/app.js");

        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("/static/app.js"));
        assertEquals(200, script.statusCode());
        assertEquals(404, daemon.get("/static/..%2F..%2Fetc%2Fpasswd").statusCode());
    }

    @Test
    void aFailedFileHasNoLevelsAndCannotSeedSimilarOrAPlaylist() throws Exception {
        long id = daemon.getJson("/api/files?status=failed")
                .get("items")
                .get(0)
                .get("id")
                .asLong();

        assertError(daemon.get("/api/files/" + id + "/levels"), 404);
        HttpResponse<String> similar = daemon.get("/api/files/" + id + "/similar");
        HttpResponse<String> playlist = daemon.get("/api/files/" + id + "/playlist");

        assertError(similar, 409);
        assertTrue(RunningDaemon.json(similar).get("error").asText().contains("failed to import"), similar.body());
        assertError(playlist, 409);
    }

    @Test
    void everyFileEndpointAnswers404ForAnIdNoFileHas() throws Exception {
        for (String endpoint : List.of("", "/similar", "/playlist", "/levels")) {
            assertError(daemon.get("/api/files/999999" + endpoint), 404);
        }
    }

    @Test
    void aCopyNamesTheIdOfTheFileItDuplicates() throws Exception {
        JsonNode copy = null;
        for (JsonNode item :
                daemon.getJson("/api/files?status=imported&limit=500").get("items")) {
            JsonNode file = daemon.getJson("/api/files/" + item.get("id").asLong());
            if (file.get("duplicate_of").isTextual()) {
                copy = file;
                break;
            }
        }
        assertNotNull(copy, "the sample holds copies");
        String original = copy.get("duplicate_of").asText();

        JsonNode originalFile =
                daemon.getJson("/api/files/" + copy.get("duplicate_of_id").asLong());

        assertEquals(original, originalFile.get("path").asText());
    }

    @Test
    void malformedQueriesAndPathsGetA400NamingTheProblem() throws Exception {
        assertError(daemon.get("/api/files?cursor=next"), 400);
        assertError(daemon.get("/api/files?limit=ten"), 400);
        assertError(daemon.get("/api/files/1/similar?k=0"), 400);
        assertError(daemon.get("/api/files/1/playlist?n=201"), 400);
        assertTrue(RunningDaemon.json(daemon.get("/api/files?cursor=next"))
                .get("error")
                .asText()
                .contains("cursor"));
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndEachFileOfThePageItsType() throws Exception {
        HttpResponse<String> style = daemon.get("/static/style.css");
        HttpResponse<String> timeline = daemon.get("/static/timeline.js");
        HttpResponse<String> unknown = daemon.get("/static/other.js");

        assertTrue(style.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
        assertTrue(timeline.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertError(unknown, 404);
        for (HttpResponse<String> response : List.of(style, unknown, daemon.get("/api/status"))) {
            assertEquals(
                    "nosniff",
                    response.headers().firstValue("X-Content-Type-Options").orElse(null));
            assertEquals(
                    "no-store", response.headers().firstValue("Cache-Control").orElse(null));
            assertTrue(response.headers()
                    .firstValue("Content-Security-Policy")
                    .orElse("")
                    .contains("frame-ancestors 'none'"));
        }
    }

    @Test
    void anotherMethodOnAKnownPathGets405() throws Exception {
        assertError(daemon.send("DELETE", "/api/files/1", ""), 405);
        assertError(daemon.send("PUT", "/api/scans", "{}"), 405);
    }

    private static void assertError(HttpResponse<String> response, int status) throws Exception {
        assertEquals(status, response.statusCode(), response.uri() + ": " + response.body());
        JsonNode error = RunningDaemon.json(response);
        assertEquals(status, error.get("status").asInt());
        assertFalse(error.get("error").asText().isBlank());
    }
}
