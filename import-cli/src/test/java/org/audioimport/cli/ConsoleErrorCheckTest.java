package org.audioimport.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page test's "no console errors" check can fail: the product's own page, served through a proxy in front
 * of a real daemon that breaks one of the daemon's answers, logs an error, and the check reports it.
 */
class ConsoleErrorCheckTest {
    /** What {@code /api/failed} answers through the proxy: a page of the files list, not the array of failures. */
    private static final String WRONG_SHAPE = "{\"items\": [], \"next_cursor\": null}";

    @Test
    void theConsoleCheckReportsTheErrorThePageLogsOnABrokenApiAnswer(@TempDir Path dir) throws Exception {
        Path library = Files.createDirectories(dir.resolve("library"));
        try (RunningDaemon daemon = RunningDaemon.startInProcess(
                        dir,
                        library.toString(),
                        "--db",
                        dir.resolve("library.db").toString(),
                        "--no-initial-scan");
                BreakingProxy proxy = new BreakingProxy(daemon)) {
            ChromeDriver browser = HeadlessChromium.start(dir);
            try {
                browser.get(proxy.uri("/"));
                List<LogEntry> reported = new ArrayList<>();
                new WebDriverWait(browser, Duration.ofSeconds(60)).until(driver -> {
                    reported.addAll(HeadlessChromium.consoleErrors(driver));
                    return !reported.isEmpty();
                });

                String messages = reported.stream().map(LogEntry::getMessage).collect(Collectors.joining("\n"));
                assertTrue(messages.contains("forEach"), "the page's TypeError on the wrong answer:\n" + messages);
            } finally {
                browser.quit();
            }
        }
    }

    /** Passes every request on to the daemon, except {@code /api/failed} (wrong shape) and the event stream. */
    private static final class BreakingProxy implements AutoCloseable {
        private final HttpServer server;
        private final HttpClient client = HttpClient.newHttpClient();
        private final RunningDaemon daemon;

        BreakingProxy(RunningDaemon daemon) throws IOException {
            this.daemon = daemon;
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", this::handle);
            server.start();
        }

        String uri(String path) {
            return "http://127.0.0.1:" + server.getAddress().getPort() + path;
        }

        private void handle(HttpExchange exchange) throws IOException {
            try (exchange) {
                String path = exchange.getRequestURI().getRawPath();
                switch (path) {
                    case "/api/failed" ->
                        answer(exchange, 200, "application/json", WRONG_SHAPE.getBytes(StandardCharsets.UTF_8));
                    // A stream that ends at once: the page reconnects later, and logs nothing.
                    case "/api/events" ->
                        answer(exchange, 200, "text/event-stream", ": connected\n\n".getBytes(StandardCharsets.UTF_8));
                    default -> forward(exchange);
                }
            }
        }

        private void forward(HttpExchange exchange) throws IOException {
            String query = exchange.getRequestURI().getRawQuery();
            HttpRequest request = HttpRequest.newBuilder(
                            daemon.uri(exchange.getRequestURI().getRawPath() + (query == null ? "" : "?" + query)))
                    .method(
                            exchange.getRequestMethod(),
                            HttpRequest.BodyPublishers.ofByteArray(
                                    exchange.getRequestBody().readAllBytes()))
                    .build();
            try {
                HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                answer(
                        exchange,
                        response.statusCode(),
                        response.headers().firstValue("Content-Type").orElse("application/octet-stream"),
                        response.body());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while asking the daemon", e);
            }
        }

        private static void answer(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }

        @Override
        public void close() {
            server.stop(0);
            client.close();
        }
    }
}
