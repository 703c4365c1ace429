package org.audioimport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A folder of the library scanned on its own, as the API asks for it, leaves out what the scan of the whole
 * library leaves out there: the library's ignore file and an {@code --ignore} pattern anchored at the
 * library folder hold below it too.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DaemonSubfolderScanTest {
    private Path library;
    private RunningDaemon daemon;
    private List<String> afterTheWholeLibrary;

    @BeforeAll
    void startDaemon() throws Exception {
        Path dir = Files.createTempDirectory("daemon-subfolder");
        library = Cli.sampleCopy(dir.resolve("library"));
        Files.writeString(library.resolve(".audioimportignore"), "Split Single/\n");
        daemon = RunningDaemon.startInProcess(
                dir,
                library.toString(),
                "--db",
                dir.resolve("library.db").toString(),
                "--every",
                "1h",
                "--ignore",
                "The Fixtures/Synthetic Seasons/0[23]*");
        daemon.awaitIdleAfter(1);
        afterTheWholeLibrary = catalogued();
    }

    @AfterAll
    void stopDaemon() {
        daemon.close();
    }

    @Test
    void theWholeLibrarysScanLeftOutWhatTheRulesName() {
        assertEquals(
                List.of(),
                afterTheWholeLibrary.stream()
                        .filter(path ->
                                path.contains("/Split Single/") || path.contains("/02 - ") || path.contains("/03 - "))
                        .toList());
        assertEquals(9, afterTheWholeLibrary.size(), afterTheWholeLibrary.toString());
    }

    @Test
    void subfoldersScannedOnTheirOwnFindWhatTheWholeScanFoundThere() throws Exception {
        int scans = 1;
        for (String folder : List.of("Other Artist", "Other Artist/Split Single", "The Fixtures")) {
            String root = library.resolve(folder).toString();
            ObjectNode body = JsonNodeFactory.instance.objectNode();
            body.putArray("roots").add(root);

            HttpResponse<String> accepted =
                    daemon.post("/api/scans", body.toString(), "Content-Type", "application/json");

            assertEquals(202, accepted.statusCode(), accepted.body());
            JsonNode scan = daemon.awaitIdleAfter(++scans).get("last_scans").get(0);
            long before = afterTheWholeLibrary.stream()
                    .filter(path -> path.startsWith(root + "/"))
                    .count();
            assertEquals(before, scan.get("files_seen").asLong(), folder + ": " + scan);
            assertEquals(before, scan.get("unchanged").asLong(), folder + ": " + scan);
            assertEquals(afterTheWholeLibrary, catalogued(), folder);
        }
    }

    private List<String> catalogued() throws Exception {
        List<String> paths = new ArrayList<>();
        for (JsonNode item : daemon.getJson("/api/files?limit=500").get("items")) {
            if (item.get("status").asText().equals("imported")) {
                paths.add(item.get("path").asText());
            }
        }
        return paths.stream().sorted().toList();
    }
}
