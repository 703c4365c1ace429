package org.audioimport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.audioimport.fingerprint.Chromaprint;
import org.audioimport.http.HttpApi;
import org.audioimport.http.HttpSettings;
import org.audioimport.pipeline.ImportSummary;
import org.audioimport.schedule.ScanLoop;
import org.audioimport.schedule.ScanRequest;
import org.audioimport.schedule.Schedule;
import org.audioimport.store.Catalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * The end of a daemon scan as the HTTP API tells it, from the moment the scan's observers hear it ended: the
 * daemon is idle, and a cancel finds nothing to stop. Once, under load, a client saw the daemon idle and its
 * cancel still answered 202: the daemon told its observers the scan had finished before it let go of the scan.
 */
class DaemonScanEndTest {
    /** The import options as the daemon's command line makes them, defaults and all. */
    @Command
    static final class Options {
        @Mixin
        ImportOptions options;
    }

    @Test
    void onceAScanIsReportedFinishedTheApiSaysIdleAndCancelFindsNoScan(@TempDir Path dir) throws Exception {
        Path library = Files.createDirectories(dir.resolve("library"));
        Files.copy(aSampleFlac(dir), library.resolve("one.flac"));
        Options parsed = new Options();
        new CommandLine(parsed).parseArgs("--workers", "1");
        Catalogue catalogue = Catalogue.open(dir.resolve("library.db"));
        DaemonScans scans = new DaemonScans(
                List.of(library),
                catalogue,
                Chromaprint.load(),
                parsed.options.settings(),
                parsed.options.busyTimeout(),
                new ScanLoop(Schedule.every("1h"), Clock.systemUTC()));
        List<String> heardAtTheEnd = new ArrayList<>();
        try (HttpApi api = HttpApi.start(HttpSettings.of("0", null), catalogue, scans, "test", HttpApi.KEEPALIVE);
                HttpClient client = HttpClient.newHttpClient()) {
            scans.observe(api);
            scans.observe(new ScanObserver() {
                @Override
                public void scanFinished(ImportSummary summary) {
                    heardAtTheEnd.add("state "
                            + json(send(client, api, "GET", "/api/status"))
                                    .get("state")
                                    .asText());
                    heardAtTheEnd.add("cancel "
                            + send(client, api, "POST", "/api/scans/current/cancel")
                                    .statusCode());
                }
            });

            scans.run(ScanRequest.everything("test"));
        }

        assertEquals(List.of("state idle", "cancel 409"), heardAtTheEnd);
    }

    private static HttpResponse<String> send(HttpClient client, HttpApi api, String method, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return RunningDaemon.json(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path aSampleFlac(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(Cli.sampleCopy(dir.resolve("sample")))) {
            return files.filter(p -> p.toString().endsWith(".flac")).findFirst().orElseThrow();
        }
    }
}
