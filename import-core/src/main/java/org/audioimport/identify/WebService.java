package org.audioimport.identify;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import javax.net.ssl.SSLException;

/**
 * One web service over HTTP: every request goes through the service's {@link ServiceGate}, carries the
 * User-Agent, and has a time limit. When the service says to slow down (HTTP 429 or 503, or a
 * service-specific answer), the request is sent again after an exponential backoff that honours
 * {@code Retry-After}; a {@code Retry-After} too long to wait for in place fails the lookup, and the
 * service's gate holds every later request back until then. Network failures become a
 * {@link LookupException} that names what went wrong.
 */
final class WebService {
    private static final int MAX_RETRIES = 5;
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(1);
    /** A Retry-After longer than this is not waited for in place: the lookup fails and is retried later. */
    private static final Duration LONGEST_RETRY_AFTER = Duration.ofMinutes(5);

    /** The status line's code, the body, and the service's Retry-After if it sent one. */
    record Answer(int status, String body, Optional<Duration> retryAfter) {}

    private final String name;
    private final HttpClient http;
    private final ServiceGate gate;
    private final String userAgent;
    private final Duration timeout;
    private final Predicate<Answer> asksToSlowDown;

    /** The User-Agent and time limit come from {@code settings}: every service's requests carry the same. */
    WebService(
            String name,
            HttpClient http,
            double requestsPerSecond,
            IdentifySettings settings,
            Predicate<Answer> asksToSlowDown) {
        this.name = name;
        this.http = http;
        this.gate = new ServiceGate(requestsPerSecond);
        this.userAgent = settings.userAgent();
        this.timeout = settings.requestTimeout();
        this.asksToSlowDown = asksToSlowDown;
    }

    String name() {
        return name;
    }

    /** Sends the request (again while the service asks to slow down) and returns the final answer. */
    Answer exchange(HttpRequest.Builder request) throws LookupException, InterruptedException {
        HttpRequest built =
                request.header("User-Agent", userAgent).timeout(timeout).build();
        for (int retry = 0; ; retry++) {
            Answer answer = gate.pass(() -> send(built));
            boolean slowDown = answer.status() == 429 || answer.status() == 503 || asksToSlowDown.test(answer);
            if (!slowDown) {
                return answer;
            }
            Duration doubled = FIRST_BACKOFF.multipliedBy(1L << retry);
            Duration backoff = doubled.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : doubled;
            Duration wait = answer.retryAfter()
                    .filter(asked -> asked.compareTo(backoff) > 0)
                    .orElse(backoff);
            // Whatever happens to this lookup, the service is not asked again before the time it gave.
            gate.holdOff(wait);
            if (wait.compareTo(LONGEST_RETRY_AFTER) > 0) {
                throw new LookupException(
                        name + " asked for a pause of " + wait.toSeconds() + " s (HTTP " + answer.status()
                                + ", Retry-After)",
                        wait);
            }
            if (retry + 1 == MAX_RETRIES) {
                throw new LookupException(
                        name + " asked to slow down (HTTP " + answer.status() + ") " + MAX_RETRIES + " times in a row");
            }
        }
    }

    /**
     * One request and its whole answer within the time limit. The request's own timeout covers only the
     * wait for the status line; the deadline here also covers a body that trickles in or never ends.
     */
    private Answer send(HttpRequest request) throws LookupException, InterruptedException {
        CompletableFuture<HttpResponse<String>> exchange =
                http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
        try {
            HttpResponse<String> response = exchange.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return new Answer(
                    response.statusCode(),
                    response.body(),
                    response.headers().firstValue("Retry-After").flatMap(WebService::retryAfter));
        } catch (TimeoutException e) {
            throw new LookupException(tooSlow(), e);
        } catch (ExecutionException e) {
            throw failure(request, e.getCause());
        } finally {
            exchange.cancel(true);
        }
    }

    private LookupException failure(HttpRequest request, Throwable cause) {
        return switch (cause) {
            case HttpTimeoutException slow -> new LookupException(tooSlow(), slow);
            case SSLException tls ->
                new LookupException("TLS failure talking to " + name + ": " + tls.getMessage(), tls);
            case ConnectException refused ->
                new LookupException(
                        "cannot connect to " + name + " at " + request.uri().getHost() + ": " + connectReason(refused),
                        refused);
            case IOException broken -> brokenOff(name, broken);
            default -> new LookupException(name + " request failed: " + describe(cause), cause);
        };
    }

    /**
     * An I/O error in the middle of an exchange: a TLS failure when a failed handshake is behind it (the HTTP
     * client may report one as the connection's end, with the handshake's error as its cause), else the
     * answer broken off.
     */
    static LookupException brokenOff(String name, IOException broken) {
        for (Throwable t = broken.getCause(); t != null; t = t.getCause()) {
            if (t instanceof SSLException tls) {
                return new LookupException("TLS failure talking to " + name + ": " + tls.getMessage(), tls);
            }
        }
        return new LookupException(name + " broke off the answer: " + describe(broken), broken);
    }

    private String tooSlow() {
        return "no answer from " + name + " within " + timeout.toSeconds() + " s";
    }

    /**
     * Why the connection failed, in words: the HTTP client's own ConnectException has no message, and the
     * socket's reason ("Connection refused"), if any, is further down the chain.
     */
    private static String connectReason(ConnectException e) {
        String reason = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnresolvedAddressException) {
                return "the host name does not resolve";
            }
            if (t instanceof SSLException) {
                return "TLS failure: " + t.getMessage();
            }
            if (reason == null && t.getMessage() != null && !t.getMessage().isBlank()) {
                reason = t.getMessage();
            }
        }
        return reason == null ? "the connection was refused" : reason;
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /** Retry-After as seconds or as an HTTP date (RFC 9110); anything else is ignored. */
    static Optional<Duration> retryAfter(String value) {
        String text = value.strip();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(text))));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
                Duration until = Duration.between(Instant.now(), at);
                return Optional.of(until.isNegative() ? Duration.ZERO : until);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }
}
