package org.audioimport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A daemon started with {@code --http-token-file}: every request but the page, its files and the health check
 * needs {@code Authorization: Bearer TOKEN}, the token compared whole, the scheme in any case.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DaemonHttpTokenTest {
    private static final String SECRET = "0123456789-the-daemon-token-abcdef";

    private RunningDaemon daemon;

    @BeforeAll
    void startDaemon() throws Exception {
        Path dir = Files.createTempDirectory("daemon-token");
        Path library = Files.createDirectories(dir.resolve("library"));
        Path token = dir.resolve("token");
        Files.writeString(token, "  " + SECRET + "\n");
        Files.setPosixFilePermissions(token, PosixFilePermissions.fromString("rw-------"));
        daemon = RunningDaemon.startInProcess(
                dir,
                library.toString(),
                "--db",
                dir.resolve("library.db").toString(),
                "--no-initial-scan",
                "--http-token-file",
                token.toString());
    }

    @AfterAll
    void stopDaemon() {
        daemon.close();
    }

    @Test
    void aMissingForeignOrWrongAuthorizationGets401AndAskForABearerToken() throws Exception {
        List<HttpResponse<String>> refused = List.of(
                daemon.get("/api/status"),
                daemon.client("/api/status", "Authorization", "Basic " + SECRET),
                daemon.client("/api/status", "Authorization", "Bearer " + SECRET.substring(1)),
                daemon.client("/api/status", "Authorization", "Bearer " + SECRET + "x"),
                daemon.get("/metrics"),
                daemon.post("/api/scans", ""));

        for (HttpResponse<String> response : refused) {
            assertEquals(401, response.statusCode(), response.request().headers() + ": " + response.body());
            assertEquals(
                    "Bearer", response.headers().firstValue("WWW-Authenticate").orElse(null));
            JsonNode error = RunningDaemon.json(response);
            assertFalse(error.get("error").asText().contains(SECRET), "the answer never shows the token");
        }
    }

    @Test
    void theRightTokenOpensTheApiWhateverTheCaseOfItsScheme() throws Exception {
        assertEquals(
                200,
                daemon.client("/api/status", "Authorization", "Bearer " + SECRET)
                        .statusCode());
        assertEquals(
                200,
                daemon.client("/metrics", "Authorization", "bearer " + SECRET).statusCode());
        assertEquals(
                409,
                daemon.post("/api/scans/current/cancel", "", "Authorization", "BEARER " + SECRET)
                        .statusCode(),
                "let through; there is just no scan to cancel");
    }

    @Test
    void thePageItsFilesAndTheHealthCheckNeedNoToken() throws Exception {
        for (String open : List.of("/", "/static/app.js", "/static/style.css", "/healthz")) {
            assertEquals(200, daemon.get(open).statusCode(), open);
        }
        assertEquals(401, daemon.post("/healthz", "").statusCode(), "only a GET of them is open");
    }

    @Test
    void withATokenAnyHostNameIsAccepted() throws Exception {
        String viaName = daemon.raw("GET /api/status HTTP/1.1\r\nHost: audio.example:" + daemon.port()
                + "\r\nAuthorization: Bearer " + SECRET + "\r\nConnection: close\r\n\r\n");

        assertTrue(viaName.startsWith("HTTP/1.1 200"), viaName);
    }
}
