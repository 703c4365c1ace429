package org.audioimport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import picocli.CommandLine;

/** The security rules of the daemon's HTTP API, tried against a real daemon that has not scanned yet. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DaemonHttpSecurityTest {
    private Path dir;
    private Path library;
    private Path outside;
    private Path db;
    private RunningDaemon daemon;

    @BeforeAll
    void startDaemon() throws Exception {
        dir = Files.createTempDirectory("daemon-security");
        library = Cli.sampleCopy(dir.resolve("library"));
        outside = Files.createDirectories(dir.resolve("outside"));
        Files.createSymbolicLink(library.resolve("link-out"), outside);
        Files.createDirectories(library.resolve("inner"));
        db = dir.resolve("library.db");
        daemon = RunningDaemon.startInProcess(
                dir, library.toString(), "--db", db.toString(), "--every", "1h", "--no-initial-scan");
    }

    @AfterAll
    void stopDaemon() {
        daemon.close();
    }

    @Test
    void rootsOutsideTheConfiguredFoldersAreRefusedAndStartNothing() throws Exception {
        String root = library.toString();
        List<String> refused = List.of(
                json(root + "/../outside"),
                json(root + "/link-out"),
                json(root + "/inner%2F..%2F..%2Foutside"),
                json(outside.toString()),
                json("library"),
                "{\"roots\": [\"" + root + "\\u0000/inner\"]}",
                "{\"roots\": \"" + root + "\"}",
                "{\"roots\": [42]}",
                "[]",
                "not json");

        for (String body : refused) {
            HttpResponse<String> response = daemon.post("/api/scans", body, "Content-Type", "application/json");
            assertTrue(
                    response.statusCode() == 400 || response.statusCode() == 403,
                    body + " -> " + response.statusCode());
            assertTrue(RunningDaemon.json(response).get("error").asText().length() > 0);
        }
        assertEquals(0, count("select count(*) from scan_run"), "nothing a client sent started a scan");
    }

    @Test
    void aCrossOriginPostIsRefusedAndASameOriginOneAccepted() throws Exception {
        HttpResponse<String> foreign = daemon.post("/api/scans/current/cancel", "", "Origin", "http://evil.example");
        HttpResponse<String> crossSite = daemon.post("/api/scans/current/cancel", "", "Sec-Fetch-Site", "cross-site");
        HttpResponse<String> same =
                daemon.post("/api/scans/current/cancel", "", "Origin", "http://127.0.0.1:" + daemon.port());

        assertEquals(403, foreign.statusCode());
        assertEquals(403, crossSite.statusCode());
        assertEquals(409, same.statusCode(), "allowed through; there is just no scan to cancel");
    }

    @Test
    void aHostHeaderNamingAnotherSiteIsRefused() throws Exception {
        String answer = rawRequest("GET /api/status HTTP/1.1\r\nHost: rebound.evil.example:" + daemon.port()
                + "\r\nConnection: close\r\n\r\n");

        assertTrue(answer.startsWith("HTTP/1.1 403"), answer);
    }

    @Test
    void badRequestsGetAJsonErrorWithA4xxStatus() throws Exception {
        assertError(daemon.get("/api/files/abc"), 400);
        assertError(daemon.get("/api/files/0"), 400);
        assertError(daemon.get("/api/files/1%2F..%2F2"), 400);
        assertError(daemon.get("/api/files/1%00"), 400);
        assertError(daemon.get("/api/files/999999"), 404);
        assertError(daemon.get("/api/files?limit=100000"), 400);
        assertError(daemon.get("/api/files?limit=-1"), 400);
        assertError(daemon.get("/api/files?cursor=-5"), 400);
        assertError(daemon.get("/api/files?status=deleted"), 400);
        assertError(daemon.get("/api/files?q=" + "x".repeat(201)), 400);
        assertError(daemon.get("/api/files/1/similar?k=1000"), 400);
        assertError(daemon.get("/api/nothing"), 404);
        assertError(daemon.get("/api/scans"), 405);
        assertError(daemon.post("/api/status", ""), 405);
        assertError(daemon.post("/api/scans", "{\"roots\": [\"" + "x".repeat(70_000) + "\"]}"), 413);
        assertEquals(0, count("select count(*) from scan_run"));
    }

    @Test
    void theDaemonRefusesToListenBeyondLoopbackWithoutAToken() {
        Cli started = Cli.run(
                "daemon", library.toString(), "--db", dir.resolve("other.db").toString(), "--http", "0.0.0.0:" + 1);

        assertEquals(ExitCodes.USAGE, started.exitCode());
        assertTrue(started.err().contains("--http-token-file"), started.err());
    }

    @Test
    void aTakenPortStopsTheDaemonAtStartWithExitTwoAndAMessage() {
        Cli started = Cli.run(
                "daemon",
                library.toString(),
                "--db",
                dir.resolve("taken.db").toString(),
                "--no-initial-scan",
                "--http",
                "127.0.0.1:" + daemon.port());

        assertEquals(ExitCodes.USAGE, started.exitCode());
        assertTrue(started.err().contains("cannot listen on"), started.err());
    }

    @Test
    void theHttpSettingComesFromTheEnvironmentToo() {
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine(ConfigSources.load(
                Map.of(
                        "AUDIO_IMPORT_HTTP",
                        "0.0.0.0:1",
                        "AUDIO_IMPORT_CONFIG",
                        dir.resolve("none").toString()),
                dir));
        commandLine.setErr(new PrintWriter(err));

        int code = commandLine.execute(
                "daemon", library.toString(), "--db", dir.resolve("other.db").toString());

        assertEquals(ExitCodes.USAGE, code);
        assertTrue(err.toString().contains("--http 0.0.0.0:1 listens beyond this machine"), err.toString());
    }

    @Test
    void theDaemonRefusesATokenFileOtherUsersCanRead() throws Exception {
        Path token = dir.resolve("token-open");
        Files.writeString(token, "0123456789abcdef0123456789abcdef");
        Files.setPosixFilePermissions(token, PosixFilePermissions.fromString("rw-r--r--"));

        Cli started = Cli.run(
                "daemon",
                library.toString(),
                "--db",
                dir.resolve("other.db").toString(),
                "--http",
                "0.0.0.0:" + 1,
                "--http-token-file",
                token.toString());

        assertEquals(ExitCodes.USAGE, started.exitCode());
        assertTrue(started.err().contains("chmod 600 " + token), started.err());
    }

    @Test
    void withATokenEveryApiRequestNeedsItAndARefusalIsLoggedWithoutIt() throws Exception {
        String secret = "s3cret-token-0123456789-abcdef";
        Path token = dir.resolve("token");
        Files.writeString(token, secret + "\n");
        Files.setPosixFilePermissions(token, PosixFilePermissions.fromString("rw-------"));
        Path tokenDir = Files.createDirectories(dir.resolve("with-token"));

        try (RunningDaemon guarded = RunningDaemon.start(
                tokenDir,
                library.toString(),
                "--db",
                tokenDir.resolve("library.db").toString(),
                "--no-initial-scan",
                "--http-token-file",
                token.toString())) {
            HttpResponse<String> none = guarded.get("/api/status");
            HttpResponse<String> wrong = guarded.post("/api/scans", "", "Authorization", "Bearer wrong-" + secret);
            HttpResponse<String> right = guarded.client("/api/status", "Authorization", "Bearer " + secret);

            assertError(none, 401);
            assertError(wrong, 401);
            assertEquals(200, right.statusCode());
            assertEquals(200, guarded.get("/healthz").statusCode(), "health checks need no token");
            assertEquals(200, guarded.get("/").statusCode(), "the page holds no data; it asks for the token");
            String log = guarded.log();
            assertTrue(log.contains("refused GET /api/status from 127.0.0.1: no Authorization header"), log);
            assertTrue(log.contains("refused POST /api/scans from 127.0.0.1: a wrong token"), log);
            assertFalse(log.contains(secret), "the log never shows the token");
        }
    }

    @Test
    void aRequestWithoutAHostHeaderIsRefused() throws Exception {
        String answer = rawRequest("GET /api/status HTTP/1.0\r\n\r\n");

        assertTrue(answer.startsWith("HTTP/1.1 403"), answer);
    }

    @Test
    void everyLoopbackNameIsAcceptedAsTheHost() throws Exception {
        for (String host : List.of("localhost", "LOCALHOST", "[::1]", "127.0.0.1")) {
            String answer = rawRequest(
                    "GET /healthz HTTP/1.1\r\nHost: " + host + ":" + daemon.port() + "\r\nConnection: close\r\n\r\n");

            assertTrue(answer.startsWith("HTTP/1.1 200"), host + ": " + answer);
        }
    }

    @Test
    void aPostThatFetchMetadataCallsSameOriginOrUserInitiatedIsLetThrough() throws Exception {
        for (String site : List.of("same-origin", "none")) {
            HttpResponse<String> cancel = daemon.post("/api/scans/current/cancel", "", "Sec-Fetch-Site", site);

            assertEquals(409, cancel.statusCode(), site + ": allowed through; there is just no scan to cancel");
        }
    }

    @Test
    void moreThanAHundredRootsOrAFileAsARootAreRefused() throws Exception {
        String hundredAndOne =
                "{\"roots\": [" + String.join(",", Collections.nCopies(101, "\"" + library + "\"")) + "]}";
        Path file = Files.writeString(library.resolve("inner/notes.txt"), "not a folder");

        assertError(daemon.post("/api/scans", hundredAndOne), 400);
        assertError(daemon.post("/api/scans", json(file.toString())), 400);
        assertError(
                daemon.post("/api/scans", json(library.resolve("no-such-folder").toString())), 400);
        assertEquals(0, count("select count(*) from scan_run"));
    }

    @Test
    void theThirtyThirdEventStreamEndsTheOldest() throws Exception {
        List<EventStream> open = new ArrayList<>();
        try {
            for (int i = 0; i < 33; i++) {
                open.add(new EventStream(daemon.uri("/api/events")));
            }

            assertTrue(open.get(0).endsWithin(10), "the oldest stream was ended to make room");
            assertFalse(open.get(32).endsWithin(1), "the newcomer's stream stays open");
        } finally {
            open.forEach(EventStream::close);
        }
    }

    @Test
    void httpSettingsThatCannotWorkAreUsageErrorsThatSayWhat() throws Exception {
        Path shortToken = dir.resolve("token-short");
        Files.writeString(shortToken, "too short");
        Files.setPosixFilePermissions(shortToken, PosixFilePermissions.fromString("rw-------"));
        Map<List<String>, String> expected = Map.of(
                List.of("--http", "eighty"), "give [ADDR:]PORT",
                List.of("--http", "127.0.0.1:70000"), "the port must be from 0 to 65535",
                List.of("--http", "[::1]:70000"), "the port must be from 0 to 65535",
                List.of("--http", "no-such-host.invalid:8080"), "unknown address no-such-host.invalid",
                List.of("--http-token-file", shortToken.toString()), "--http-token-file needs --http",
                List.of("--http", "0", "--http-token-file", shortToken.toString()), "at least 16 characters",
                List.of(
                                "--http",
                                "0",
                                "--http-token-file",
                                dir.resolve("no-token").toString()),
                        "cannot be read",
                List.of("--watch", "--watch-settle", "0"), "--watch-settle must be more than 0 seconds");

        expected.forEach((options, message) -> {
            List<String> args = new ArrayList<>(List.of(
                    "daemon",
                    library.toString(),
                    "--db",
                    dir.resolve("other.db").toString()));
            args.addAll(options);
            Cli started = Cli.run(args.toArray(String[]::new));

            assertEquals(ExitCodes.USAGE, started.exitCode(), options + ": " + started.err());
            assertTrue(started.err().contains(message), options + ": " + started.err());
        });
    }

    private static void assertError(HttpResponse<String> response, int status) throws Exception {
        assertEquals(status, response.statusCode(), response.uri() + ": " + response.body());
        JsonNode error = RunningDaemon.json(response);
        assertEquals(status, error.get("status").asInt());
        assertFalse(error.get("error").asText().isBlank());
    }

    private static String json(String root) {
        return "{\"roots\": [\"" + root + "\"]}";
    }

    private String rawRequest(String request) throws Exception {
        return daemon.raw(request);
    }

    private long count(String query) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                ResultSet rs = c.createStatement().executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
