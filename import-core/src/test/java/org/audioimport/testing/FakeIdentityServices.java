package org.audioimport.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * AcoustID's v2 lookup and MusicBrainz's WS/2 recording lookup on 127.0.0.1, answering with the
 * documented response shapes (the fixtures in src/test/resources/identify) and recording when each
 * request arrived and ended, what it asked and with which User-Agent. A script of answers per service
 * makes the next requests fail as a real service can: 503 or 429 with Retry-After, AcoustID's "too many
 * requests" and "invalid API key" errors, MusicBrainz's 404, HTTP 500, slow, malformed or truncated JSON,
 * JSON of the wrong shape, a body cut short, or no answer until the server closes.
 */
public final class FakeIdentityServices implements AutoCloseable {
    public static final String ACOUSTID = "acoustid";
    public static final String MUSICBRAINZ = "musicbrainz";
    private static final String MBID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    public enum Answer {
        OK,
        NO_MATCH,
        TOO_MANY_REQUESTS,
        UNAVAILABLE,
        SERVER_ERROR,
        MALFORMED,
        TRUNCATED_JSON,
        CUT_SHORT,
        SLOW,
        /** AcoustID's error 4, "invalid API key", as HTTP 400. */
        INVALID_KEY,
        /** HTTP 429 with {@code Retry-After: 1}. */
        RATE_LIMITED,
        /** HTTP 503 with {@code Retry-After: 3600}. */
        UNAVAILABLE_FOR_AN_HOUR,
        /** MusicBrainz's 404 for an unknown recording. */
        NOT_FOUND,
        /** A JSON array where an object is documented. */
        NOT_AN_OBJECT,
        /** AcoustID names a recording whose id is not a MusicBrainz id. */
        INVALID_RECORDING_ID,
        /** AcoustID gives a result without its score. */
        NO_SCORE,
        /** MusicBrainz answers with a recording other than the one asked for. */
        ANOTHER_RECORDING,
        /** No answer at all until the server closes. */
        HANG
    }

    /**
     * One request as the server saw it: the fingerprint (AcoustID) or recording id (MusicBrainz) asked for.
     * {@code answeredNanos} is when the server began its answer (its status line), the earliest moment a client
     * can know it was answered; for a request left unanswered, when the server gave up on it.
     */
    public record Request(
            String service,
            long arrivedNanos,
            long answeredNanos,
            String subject,
            String userAgent,
            Map<String, String> parameters,
            Answer answer) {}

    private static final String ANSWERED = "answeredNanos";

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Request> requests = new ArrayList<>();
    private final Map<String, Deque<Answer>> scripts =
            Map.of(ACOUSTID, new ConcurrentLinkedDeque<>(), MUSICBRAINZ, new ConcurrentLinkedDeque<>());
    private final Map<String, AtomicInteger> inFlight =
            Map.of(ACOUSTID, new AtomicInteger(), MUSICBRAINZ, new AtomicInteger());
    private final Map<String, AtomicInteger> mostInFlight =
            Map.of(ACOUSTID, new AtomicInteger(), MUSICBRAINZ, new AtomicInteger());
    private final CountDownLatch closing = new CountDownLatch(1);
    private volatile UnaryOperator<String> recordingOfFingerprint = fingerprint -> uuid("recording:" + fingerprint);

    private FakeIdentityServices() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/v2/lookup", exchange -> handle(ACOUSTID, exchange));
        server.createContext("/ws/2/recording/", exchange -> handle(MUSICBRAINZ, exchange));
        server.start();
    }

    public static FakeIdentityServices start() throws IOException {
        return new FakeIdentityServices();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The environment that points audio-import at this server with a key. */
    public Map<String, String> environment() {
        return Map.of(
                "AUDIO_IMPORT_ACOUSTID_KEY",
                "test-client-key",
                "AUDIO_IMPORT_ACOUSTID_URL",
                url(),
                "AUDIO_IMPORT_MUSICBRAINZ_URL",
                url() + "/");
    }

    /** The next requests to {@code service} get these answers, in order; then OK again. */
    public void script(String service, Answer... answers) {
        scripts.get(service).addAll(List.of(answers));
    }

    /** Which recording AcoustID names for a fingerprint (by default, one per fingerprint). */
    public void recordingOf(UnaryOperator<String> mapping) {
        recordingOfFingerprint = mapping;
    }

    public List<Request> requests(String service) {
        synchronized (requests) {
            return requests.stream().filter(r -> r.service().equals(service)).toList();
        }
    }

    public int mostInFlight(String service) {
        return mostInFlight.get(service).get();
    }

    public static String uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private void handle(String service, HttpExchange exchange) throws IOException {
        long arrived = System.nanoTime();
        int now = inFlight.get(service).incrementAndGet();
        mostInFlight.get(service).accumulateAndGet(now, Math::max);
        Answer answer = scripts.get(service).isEmpty()
                ? Answer.OK
                : scripts.get(service).poll();
        Map<String, String> parameters = Map.of();
        String subject = null;
        try (exchange) {
            if (service.equals(ACOUSTID)) {
                parameters = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                subject = parameters.get("fingerprint");
            } else {
                parameters = form(exchange.getRequestURI().getRawQuery());
                subject = exchange.getRequestURI().getPath().substring("/ws/2/recording/".length());
            }
            answer(exchange, service, answer, subject);
        } finally {
            inFlight.get(service).decrementAndGet();
            synchronized (requests) {
                requests.add(new Request(
                        service,
                        arrived,
                        exchange.getAttribute(ANSWERED) instanceof Long answered ? answered : System.nanoTime(),
                        subject,
                        exchange.getRequestHeaders().getFirst("User-Agent"),
                        parameters,
                        answer));
            }
        }
    }

    private void answer(HttpExchange exchange, String service, Answer answer, String subject) throws IOException {
        switch (answer) {
            case OK, SLOW -> {
                if (answer == Answer.SLOW) {
                    sleep(3_000);
                }
                send(exchange, 200, body(service, subject));
            }
            case NO_MATCH -> send(exchange, 200, fixture("acoustid-no-results.json"));
            case TOO_MANY_REQUESTS -> send(exchange, 400, fixture("acoustid-too-many-requests.json"));
            case UNAVAILABLE -> {
                exchange.getResponseHeaders().add("Retry-After", "2");
                send(exchange, 503, "");
            }
            case SERVER_ERROR -> send(exchange, 500, "<html><body>Internal Server Error</body></html>");
            case MALFORMED -> send(exchange, 200, "{\"status\": ok, \"results\": []}");
            case TRUNCATED_JSON -> {
                String whole = body(service, subject);
                send(exchange, 200, whole.substring(0, whole.length() / 2));
            }
            case CUT_SHORT -> {
                byte[] whole = body(service, subject).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                sendHeaders(exchange, 200, whole.length);
                exchange.getResponseBody().write(whole, 0, whole.length / 3);
                exchange.getResponseBody().flush();
                // The server refuses to finish a body shorter than declared: the exception it throws here
                // leaves the handler, and the server drops the connection mid-body.
                exchange.getResponseBody().close();
            }
            case INVALID_KEY -> send(exchange, 400, fixture("acoustid-invalid-key.json"));
            case RATE_LIMITED -> {
                exchange.getResponseHeaders().add("Retry-After", "1");
                send(exchange, 429, "");
            }
            case UNAVAILABLE_FOR_AN_HOUR -> {
                exchange.getResponseHeaders().add("Retry-After", "3600");
                send(exchange, 503, "");
            }
            case NOT_FOUND -> send(exchange, 404, fixture("musicbrainz-not-found.json"));
            case NOT_AN_OBJECT -> send(exchange, 200, "[]");
            case INVALID_RECORDING_ID ->
                send(exchange, 200, body(service, subject).replaceAll(MBID, "not-an-mbid"));
            case NO_SCORE -> send(exchange, 200, body(service, subject).replaceAll("\"score\": [0-9.]+,", ""));
            case ANOTHER_RECORDING -> send(exchange, 200, body(service, uuid("another recording")));
            case HANG -> awaitClosing();
        }
    }

    private String body(String service, String subject) {
        if (service.equals(ACOUSTID)) {
            String recording = recordingOfFingerprint.apply(subject);
            return fixture("acoustid-lookup.json")
                    .replace("${ACOUSTID_ID}", uuid("track:" + recording))
                    .replace("${RECORDING_ID}", recording)
                    .replace("${TITLE}", "Recording " + recording.substring(0, 8));
        }
        return fixture("musicbrainz-recording.json")
                .replace("${RECORDING_ID}", subject)
                .replace("${TITLE}", "Recording " + subject.substring(0, Math.min(8, subject.length())));
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        sendHeaders(exchange, status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sendHeaders(HttpExchange exchange, int status, long length) throws IOException {
        exchange.setAttribute(ANSWERED, System.nanoTime());
        exchange.sendResponseHeaders(status, length);
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> values = new HashMap<>();
        if (encoded != null) {
            for (String pair : encoded.split("&", -1)) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    values.put(
                            URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return values;
    }

    private static String fixture(String name) {
        try (InputStream in = FakeIdentityServices.class.getResourceAsStream("/identify/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitClosing() {
        try {
            closing.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
