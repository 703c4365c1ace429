package org.audioimport.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A daemon in its own JVM, as a user starts it, with its HTTP API on a free loopback port. */
final class RunningDaemon implements AutoCloseable {
    private final Process process;
    private final Path log;
    private final int port;
    private final HttpClient client = HttpClient.newHttpClient();

    private RunningDaemon(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts {@code daemon --http 127.0.0.1:PORT ARGS...} and waits until it answers /healthz. */
    static RunningDaemon start(Path dir, String... args) throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of("daemon", "--http", "127.0.0.1:" + port));
        command.addAll(List.of(args));
        Path log = dir.resolve("daemon-" + port + ".log");
        Process process = new ProcessBuilder(ChildJvm.command(command.toArray(String[]::new)))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        RunningDaemon daemon = new RunningDaemon(process, log, port);
        daemon.awaitHealthy();
        return daemon;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    int port() {
        return port;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode getJson(String path) throws Exception {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return json(response);
    }

    /** A GET with extra headers. */
    HttpResponse<String> client(String path, String... headers) throws Exception {
        return client.send(
                HttpRequest.newBuilder(uri(path)).headers(headers).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return new ObjectMapper().readTree(response.body());
    }

    /** Waits until the daemon is idle with scans up to number {@code scans} finished. */
    JsonNode awaitIdleAfter(int scans) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            JsonNode status = getJson("/api/status");
            long finished = 0;
            for (JsonNode scan : status.get("last_scans")) {
                finished = Math.max(
                        finished,
                        scan.get("finished").isNull() ? 0 : scan.get("id").asLong());
            }
            if ("idle".equals(status.get("state").asText()) && finished >= scans) {
                return status;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the daemon did not finish " + scans + " scans; log:\n" + log());
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    private void awaitHealthy() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the daemon exited with " + process.exitValue() + ":\n" + log());
            }
            try {
                if (get("/healthz").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("the daemon never answered /healthz:\n" + log());
    }

    /** Stops the daemon as SIGTERM does. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        } finally {
            client.close();
        }
    }
}
