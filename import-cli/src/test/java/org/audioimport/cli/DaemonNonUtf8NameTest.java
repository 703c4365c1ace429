package org.audioimport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.audioimport.scanning.PathText;
import org.audioimport.testing.NameFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The daemon's HTTP API names files that are not valid UTF-8 by their lossless text, as the commands do,
 * finds them by it, and takes a folder to scan by it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DaemonNonUtf8NameTest {
    private Path names;
    private RunningDaemon daemon;

    @BeforeAll
    void startDaemon() throws Exception {
        Path dir = Files.createTempDirectory("daemon-names");
        names = NameFixtures.makeIn(dir.resolve("fixtures"));
        daemon = RunningDaemon.start(
                dir, names.toString(), "--db", dir.resolve("library.db").toString(), "--every", "1h");
        daemon.awaitIdleAfter(1);
    }

    @AfterAll
    void stopDaemon() {
        daemon.close();
    }

    @Test
    void filesListsEveryNameByItsTextAndEachIdGivesTheSameText() throws Exception {
        Map<String, Long> listed = new HashMap<>();
        for (JsonNode item : daemon.getJson("/api/files?limit=500").get("items")) {
            listed.put(item.get("path").asText(), item.get("id").asLong());
        }

        assertEquals(
                Set.of(
                        text(NameFixtures.E_ACUTE),
                        text(NameFixtures.E_GRAVE),
                        text(NameFixtures.BACKSLASHES),
                        text(NameFixtures.IN_LATIN1_FOLDER),
                        text(NameFixtures.BROKEN)),
                listed.keySet());
        for (Map.Entry<String, Long> file : listed.entrySet()) {
            JsonNode shown = daemon.getJson("/api/files/" + file.getValue());
            assertEquals(file.getKey(), shown.get("path").asText());
            assertFalse(shown.toString().contains("\ufffd"), shown.toString());
        }
    }

    @Test
    void aSearchForTheTextOfALatin1NameFindsThatFileAlone() throws Exception {
        JsonNode found = daemon.getJson("/api/files?q=" + URLEncoder.encode("latin1-\\xE8", StandardCharsets.UTF_8));

        assertEquals(1, found.get("items").size(), found.toString());
        assertEquals(
                text(NameFixtures.E_GRAVE),
                found.get("items").get(0).get("path").asText());
    }

    @Test
    void aFolderNamedInLatin1IsScannedWhenAskedForByItsText() throws Exception {
        String folder = PathText.of(names) + "/dossier-\\xE9";
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.putArray("roots").add(folder);

        HttpResponse<String> accepted = daemon.post("/api/scans", body.toString(), "Content-Type", "application/json");

        assertEquals(202, accepted.statusCode(), accepted.body());
        assertEquals(folder, RunningDaemon.json(accepted).get("roots").get(0).asText());
        JsonNode scan = daemon.awaitIdleAfter(2).get("last_scans").get(0);
        assertEquals(1, scan.get("files_seen").asInt(), scan.toString());
        assertEquals(1, scan.get("unchanged").asInt(), scan.toString());
    }

    private String text(String name) {
        return NameFixtures.text(names, name);
    }
}
