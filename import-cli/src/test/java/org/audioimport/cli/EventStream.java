package org.audioimport.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A client of /api/events: reads the stream on its own thread and queues each event as it arrives. */
final class EventStream implements AutoCloseable {
    /** One event, and when it arrived (System.nanoTime). */
    record Received(String name, JsonNode data, long arrivedNanos) {}

    private final HttpClient client = HttpClient.newHttpClient();
    private final BlockingQueue<Received> events = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> comments = new LinkedBlockingQueue<>();
    private final Thread reader;
    private volatile Stream<String> lines;

    EventStream(URI uri) throws Exception {
        HttpResponse<Stream<String>> response =
                client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofLines());
        if (response.statusCode() != 200) {
            throw new AssertionError("/api/events answered " + response.statusCode());
        }
        lines = response.body();
        reader = new Thread(this::read, "event-stream-test");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        ObjectMapper mapper = new ObjectMapper();
        String name = null;
        StringBuilder data = new StringBuilder();
        try {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.startsWith(":")) {
                    comments.add(line);
                } else if (line.startsWith("event: ")) {
                    name = line.substring(7);
                } else if (line.startsWith("data: ")) {
                    data.append(line.substring(6)).append('\n');
                } else if (line.isEmpty() && name != null) {
                    events.add(new Received(name, mapper.readTree(data.toString()), System.nanoTime()));
                    name = null;
                    data.setLength(0);
                }
            }
        } catch (IOException | UncheckedIOException closed) {
            // The stream ended: the test closed it, or the daemon stopped.
        }
    }

    /** The next event, waiting up to {@code seconds}; fails when none comes. */
    Received next(int seconds) throws InterruptedException {
        Received event = events.poll(seconds, TimeUnit.SECONDS);
        if (event == null) {
            throw new AssertionError("no event within " + seconds + " s");
        }
        return event;
    }

    /** Skips events until one named {@code name}. */
    Received until(String name, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            Received event = events.poll(
                    Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())), TimeUnit.MILLISECONDS);
            if (event != null && event.name().equals(name)) {
                return event;
            }
        }
        throw new AssertionError("no " + name + " event within " + seconds + " s");
    }

    /** Whether the server ends the stream within {@code seconds}. */
    boolean endsWithin(int seconds) throws InterruptedException {
        reader.join(TimeUnit.SECONDS.toMillis(seconds));
        return !reader.isAlive();
    }

    @Override
    public void close() {
        lines.close();
        client.close();
    }
}
