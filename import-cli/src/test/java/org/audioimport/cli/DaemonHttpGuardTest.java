package org.audioimport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The daemon's HTTP side against what a hostile page or client tries, over real HTTP to a real daemon: another
 * loopback address, probing paths outside the roots, malformed scan requests, and the event streams' places.
 */
class DaemonHttpGuardTest {
    @TempDir
    Path dir;

    private Path library() throws IOException {
        Path library = Files.createDirectories(dir.resolve("library"));
        Files.createDirectories(library.resolve("inner"));
        return library;
    }

    private RunningDaemon daemon(Path library) throws Exception {
        return RunningDaemon.startInProcess(
                dir,
                library.toString(),
                "--db",
                dir.resolve("library.db").toString(),
                "--every",
                "1h",
                "--no-initial-scan");
    }

    /** Bound to a loopback address other than 127.0.0.1 (127.0.1.1 is Debian's hostname), it answers at that address. */
    @Test
    void aDaemonOnAnotherLoopbackAddressAnswersTheUrlItLogs() throws Exception {
        Path library = library();
        int port = RunningDaemon.freePort();
        CommandLine commandLine = Main.commandLine(ConfigSources.load(
                Map.of(
                        ConfigSources.ENV_PREFIX + "CONFIG",
                        dir.resolve("no-config").toString()),
                dir));
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(new StringWriter(), true));
        commandLine.setErr(new PrintWriter(err, true));
        DaemonCommand command =
                (DaemonCommand) commandLine.getSubcommands().get("daemon").getCommand();
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        Thread thread = new Thread(() -> exit.complete(commandLine.execute(
                "daemon",
                library.toString(),
                "--db",
                dir.resolve("library.db").toString(),
                "--every",
                "1h",
                "--no-initial-scan",
                "--http",
                "127.0.0.2:" + port)));
        thread.setDaemon(true);
        thread.start();
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.2:" + port + "/healthz"))
                    .build();
            HttpResponse<String> answer = null;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (answer == null && System.nanoTime() < deadline && !exit.isDone()) {
                try {
                    answer = client.send(health, HttpResponse.BodyHandlers.ofString());
                } catch (IOException notYet) {
                    Thread.sleep(100);
                }
            }
            assertTrue(answer != null, "the daemon never listened on 127.0.0.2:\n" + err);

            assertEquals(200, answer.statusCode(), "http://127.0.0.2:" + port + "/healthz: " + answer.body());
        } finally {
            command.stop();
            exit.get(60, TimeUnit.SECONDS);
        }
    }

    /** A path outside the roots is refused before it is looked at: the reply tells a file, a folder and nothing alike. */
    @Test
    void everyFolderOutsideTheRootsGetsTheSameRefusalWhateverIsThere() throws Exception {
        Path library = library();
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Path secret = Files.writeString(outside.resolve("secret.txt"), "private");
        try (RunningDaemon daemon = daemon(library)) {
            List<String> answers = new ArrayList<>();
            for (Path probe : List.of(secret, outside.resolve("no-such-name"), outside)) {
                HttpResponse<String> answer = daemon.post("/api/scans", "{\"roots\": [\"" + probe + "\"]}");
                answers.add(answer.statusCode() + " "
                        + RunningDaemon.json(answer).get("error").asText());
            }

            assertEquals(
                    List.of(
                            "403 " + secret + ": not inside the configured folders [" + library + "]",
                            "403 " + outside.resolve("no-such-name") + ": not inside the configured folders [" + library
                                    + "]",
                            "403 " + outside + ": not inside the configured folders [" + library + "]"),
                    answers);
        }
    }

    /** A body with trailing garbage, or a key other than "roots", is refused and starts no scan. */
    @Test
    void aBodyThatIsNotOneObjectOfRootsIsRefusedAndStartsNothing() throws Exception {
        Path library = library();
        Path outside = Files.createDirectories(dir.resolve("outside"));
        try (RunningDaemon daemon = daemon(library)) {
            List<String> bodies = List.of(
                    "{\"roots\": [\"" + library.resolve("inner") + "\"]} trailing garbage",
                    "{\"roots\": [\"" + library.resolve("inner") + "\"]}]",
                    "{\"root\": [\"" + outside + "\"]}");
            List<String> accepted = new ArrayList<>();
            for (String body : bodies) {
                HttpResponse<String> answer = daemon.post("/api/scans", body, "Content-Type", "application/json");
                if (answer.statusCode() != 400) {
                    accepted.add(body + " -> " + answer.statusCode() + " " + answer.body());
                }
            }
            Thread.sleep(1000);

            assertEquals(List.of(), accepted, "each body is not {\"roots\": [...]} and nothing else");
            assertEquals(0, count(dir.resolve("library.db")), "nothing a malformed body said started a scan");
        }
    }

    /** Another site's page cannot take the event streams' places: the daemon's own page still gets its stream. */
    @Test
    void aCrossSitePageCannotTakeEveryEventStream() throws Exception {
        try (RunningDaemon daemon = daemon(library())) {
            List<Socket> foreign = new ArrayList<>();
            try {
                for (int i = 0; i < 32; i++) {
                    Socket socket = new Socket(InetAddress.getLoopbackAddress(), daemon.port());
                    foreign.add(socket);
                    // What fetch("http://127.0.0.1:PORT/api/events", {mode: "no-cors"}) on evil.example sends.
                    statusOf(socket, daemon.port(), "Sec-Fetch-Site: cross-site\r\nSec-Fetch-Mode: no-cors\r\n");
                }
                try (Socket own = new Socket(InetAddress.getLoopbackAddress(), daemon.port())) {
                    String status = statusOf(own, daemon.port(), "Sec-Fetch-Site: same-origin\r\n");

                    assertTrue(status.startsWith("HTTP/1.1 200"), "the page's own event stream: " + status);
                }
            } finally {
                for (Socket socket : foreign) {
                    socket.close();
                }
            }
        }
    }

    /** Streams whose clients have gone (closed tabs) do not lock a new one out until their keepalives fail. */
    @Test
    void aClosedEventStreamGivesItsPlaceBackPromptly() throws Exception {
        try (RunningDaemon daemon = daemon(library())) {
            for (int i = 0; i < 32; i++) {
                try (Socket tab = new Socket(InetAddress.getLoopbackAddress(), daemon.port())) {
                    String status = statusOf(tab, daemon.port(), "");
                    assertTrue(status.startsWith("HTTP/1.1 200"), "stream " + i + ": " + status);
                } // the tab is closed or reloaded
            }

            try (Socket next = new Socket(InetAddress.getLoopbackAddress(), daemon.port())) {
                String status = statusOf(next, daemon.port(), "");
                assertTrue(status.startsWith("HTTP/1.1 200"), "32 closed streams later, a new one: " + status);
            }
        }
    }

    /** Sends GET /api/events on {@code socket} and reads up to the status line (and ": connected" on 200). */
    private static String statusOf(Socket socket, int port, String headers) throws IOException {
        socket.setSoTimeout(10_000);
        OutputStream out = socket.getOutputStream();
        out.write(("GET /api/events HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n" + headers + "\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        String status = in.readLine();
        if (status != null && status.startsWith("HTTP/1.1 200")) {
            String line = in.readLine();
            while (line != null && !line.startsWith(": connected")) {
                line = in.readLine();
            }
        }
        return String.valueOf(status);
    }

    private static long count(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                ResultSet rs = c.createStatement().executeQuery("select count(*) from scan_run")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
