package org.audioimport.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine;

/**
 * A real daemon with its HTTP API on a free loopback port, reached over real HTTP: in its own JVM, as a user
 * starts it ({@link #start}), or as the same command run on a thread of this JVM ({@link #startInProcess}),
 * where the coverage agent sees the HTTP side's code run.
 */
final class RunningDaemon implements AutoCloseable {
    private final Life life;
    private final int port;
    private final HttpClient client = HttpClient.newHttpClient();

    /** How the daemon runs and stops. */
    private interface Life {
        /** Null while the daemon runs; else how it ended. */
        String ended() throws IOException;

        /** What it wrote: the whole log of a child, the error output of an in-process daemon. */
        String log() throws IOException;

        void stop();
    }

    private RunningDaemon(Life life, int port) {
        this.life = life;
        this.port = port;
    }

    /** Starts {@code daemon --http 127.0.0.1:PORT ARGS...} in its own JVM and waits until it answers /healthz. */
    static RunningDaemon start(Path dir, String... args) throws Exception {
        int port = freePort();
        Path log = dir.resolve("daemon-" + port + ".log");
        Process process = new ProcessBuilder(ChildJvm.command(daemonArgs(port, args)))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        RunningDaemon daemon = new RunningDaemon(new ChildJvmLife(process, log), port);
        daemon.awaitHealthy();
        return daemon;
    }

    /**
     * Runs {@code daemon --http 127.0.0.1:PORT ARGS...} through picocli on a thread of this JVM, with no config
     * file and no environment, and waits until it answers /healthz; {@link #close} stops it as SIGTERM does.
     */
    static RunningDaemon startInProcess(Path dir, String... args) throws Exception {
        return startInProcess(dir, Map.of(), args);
    }

    /** As {@link #startInProcess(Path, String...)}, with these environment variables. */
    static RunningDaemon startInProcess(Path dir, Map<String, String> environment, String... args) throws Exception {
        int port = freePort();
        Map<String, String> isolated = new HashMap<>(environment);
        isolated.put(
                ConfigSources.ENV_PREFIX + "CONFIG", dir.resolve("no-config").toString());
        CommandLine commandLine = Main.commandLine(ConfigSources.load(isolated, dir));
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(new StringWriter(), true));
        commandLine.setErr(new PrintWriter(err, true));
        DaemonCommand command =
                (DaemonCommand) commandLine.getSubcommands().get("daemon").getCommand();
        String[] daemonArgs = daemonArgs(port, args);
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        Thread thread = new Thread(
                () -> {
                    try {
                        exit.complete(commandLine.execute(daemonArgs));
                    } catch (RuntimeException | Error e) {
                        exit.completeExceptionally(e);
                    }
                },
                "daemon-in-test");
        thread.setDaemon(true);
        thread.start();
        RunningDaemon daemon = new RunningDaemon(new InProcessLife(command, exit, err), port);
        daemon.awaitHealthy();
        return daemon;
    }

    private static String[] daemonArgs(int port, String... args) {
        List<String> command = new ArrayList<>(List.of("daemon", "--http", "127.0.0.1:" + port));
        command.addAll(List.of(args));
        return command.toArray(String[]::new);
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

    /** Any method, any body, any headers. */
    HttpResponse<String> send(String method, String path, String body, String... headers) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends {@code request} as it is, byte for byte, and returns the whole answer: for what HttpClient never sends. */
    String raw(String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
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
        return life.log();
    }

    private void awaitHealthy() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            String ended = life.ended();
            if (ended != null) {
                throw new AssertionError("the daemon " + ended + ":\n" + log());
            }
            try {
                if (get("/healthz").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        close();
        throw new AssertionError("the daemon never answered /healthz:\n" + log());
    }

    /** Stops the daemon as SIGTERM does. */
    @Override
    public void close() {
        try {
            life.stop();
        } finally {
            client.close();
        }
    }

    /** A daemon in a JVM of its own, logging to a file. */
    private record ChildJvmLife(Process process, Path logFile) implements Life {
        @Override
        public String ended() {
            return process.isAlive() ? null : "exited with " + process.exitValue();
        }

        @Override
        public String log() throws IOException {
            return Files.readString(logFile);
        }

        @Override
        public void stop() {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The daemon command on a thread of this JVM; its log lines go to this JVM's log. */
    private record InProcessLife(DaemonCommand command, CompletableFuture<Integer> exit, StringWriter err)
            implements Life {
        @Override
        public String ended() {
            if (!exit.isDone()) {
                return null;
            }
            return exit.isCompletedExceptionally()
                    ? "failed: " + exit.exceptionNow()
                    : "exited with " + exit.resultNow();
        }

        @Override
        public String log() {
            return err.toString();
        }

        @Override
        public void stop() {
            command.stop();
            try {
                int code = exit.get(60, TimeUnit.SECONDS);
                if (code != ExitCodes.OK) {
                    throw new AssertionError("the daemon stopped with exit code " + code + ":\n" + err);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                throw new AssertionError("the daemon did not stop cleanly:\n" + err, e);
            }
        }
    }
}
