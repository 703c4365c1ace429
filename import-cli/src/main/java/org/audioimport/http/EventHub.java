package org.audioimport.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.audioimport.cli.Json;

/**
 * The server-sent event stream of {@code /api/events}: every connected client has a bounded queue that
 * {@link #publish} fills and the client's own thread drains onto its connection, with a comment line as
 * keepalive when nothing happened for a while. A client too slow to keep up is dropped rather than let
 * its queue grow; the number of clients is bounded too, the oldest making room for a newcomer.
 */
public final class EventHub implements AutoCloseable {
    /** One event: its name ({@code scan-started}, {@code progress}, ...) and its JSON data. */
    public record Event(String name, JsonNode data) {}

    /** Ends a client's stream; no real event has an empty name. */
    private static final Event END = new Event("", Json.object());

    private static final int QUEUED_PER_CLIENT = 256;

    private final Duration keepalive;
    private final int maxClients;
    private final List<BlockingQueue<Event>> clients = new CopyOnWriteArrayList<>();
    private volatile boolean closed;

    public EventHub(Duration keepalive, int maxClients) {
        if (maxClients < 1) {
            throw new IllegalArgumentException("an event hub takes at least one client, not " + maxClients);
        }
        this.keepalive = keepalive;
        this.maxClients = maxClients;
    }

    /** Sends an event to every client connected now. */
    public void publish(String name, JsonNode data) {
        Event event = new Event(name, data);
        List<BlockingQueue<Event>> tooSlow =
                clients.stream().filter(client -> !client.offer(event)).toList();
        for (BlockingQueue<Event> client : tooSlow) {
            clients.remove(client);
            end(client);
        }
    }

    /** Streams events to one client until it leaves or the hub closes; runs on the exchange's thread. */
    void serve(HttpExchange exchange, List<Event> first) throws IOException {
        BlockingQueue<Event> queue = new ArrayBlockingQueue<>(QUEUED_PER_CLIENT);
        first.forEach(queue::offer);
        if (!admit(queue)) {
            Reply.JsonBody refusal = (Reply.JsonBody) Dispatcher.error(503, "the daemon is stopping");
            Dispatcher.write(
                    exchange,
                    refusal.status(),
                    Dispatcher.JSON,
                    Json.write(refusal.body()).getBytes(StandardCharsets.UTF_8));
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            while (!closed) {
                Event event = queue.poll(keepalive.toMillis(), TimeUnit.MILLISECONDS);
                if (event != null && event.name().isEmpty()) {
                    break;
                }
                out.write((event == null ? ": keepalive\n\n" : format(event)).getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            clients.remove(queue);
        }
    }

    /**
     * Takes a new client in, unless the hub is closed. When the clients are as many as allowed, the oldest is
     * ended to make room: most likely a page closed since, whose connection shows it is gone only at the next
     * write, a keepalive later; refusing the newcomer instead would lock the live view out meanwhile.
     */
    private boolean admit(BlockingQueue<Event> queue) {
        synchronized (clients) {
            if (closed) {
                return false;
            }
            if (clients.size() >= maxClients) {
                end(clients.remove(0));
            }
            clients.add(queue);
            return true;
        }
    }

    private static void end(BlockingQueue<Event> client) {
        client.clear();
        client.offer(END);
    }

    /** One event as SSE text: its data on one line (Jackson's compact form of the tree). */
    private static String format(Event event) {
        return "event: " + event.name() + "\ndata: " + event.data().toString() + "\n\n";
    }

    /** Ends every stream. */
    @Override
    public void close() {
        synchronized (clients) {
            closed = true;
        }
        clients.forEach(EventHub::end);
    }
}
