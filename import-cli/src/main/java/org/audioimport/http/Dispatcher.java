package org.audioimport.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.audioimport.cli.Json;
import org.audioimport.store.CatalogueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one exchange: the guards, the route, the reply. Every refusal is a JSON error with a 4xx status;
 * a catalogue that cannot be read is a 503; a bug is a 500 whose trace stays in the log.
 */
final class Dispatcher implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
    /** The largest request body read; the only body the API takes is a short list of folders. */
    static final int MAX_BODY_BYTES = 64 * 1024;

    static final String JSON = "application/json; charset=utf-8";

    private final RequestGuard guard;
    private final List<Route> routes;
    private final EventHub events;

    Dispatcher(RequestGuard guard, List<Route> routes, EventHub events) {
        this.guard = guard;
        this.routes = routes;
        this.events = events;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.getResponseHeaders()
                    .set(
                            "Content-Security-Policy",
                            "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
            Reply reply;
            try {
                reply = answer(exchange);
            } catch (ApiException e) {
                reply = error(e.status(), e.getMessage());
            } catch (IllegalArgumentException e) {
                reply = error(400, "malformed request: " + e.getMessage());
            } catch (CatalogueException e) {
                LOG.warn("{}", e.getMessage());
                reply = error(503, e.getMessage());
            } catch (Exception e) {
                LOG.error("{} {}: internal error", exchange.getRequestMethod(), exchange.getRequestURI(), e);
                reply = error(500, "internal error; the daemon's log has the details");
            }
            send(exchange, reply);
        }
    }

    private Reply answer(HttpExchange exchange) throws Exception {
        String rawPath = exchange.getRequestURI().getRawPath();
        guard.check(exchange, rawPath);
        List<String> segments =
                Route.segments(rawPath).stream().map(ApiRequest::decode).toList();
        boolean pathKnown = false;
        for (Route route : routes) {
            Optional<Map<String, String>> captured = route.match(segments);
            if (captured.isEmpty()) {
                continue;
            }
            pathKnown = true;
            if (route.method().equals(exchange.getRequestMethod())) {
                byte[] body = readBounded(exchange.getRequestBody());
                return route.handler()
                        .handle(new ApiRequest(
                                captured.get(),
                                ApiRequest.parseQuery(exchange.getRequestURI().getRawQuery()),
                                body));
            }
        }
        if (pathKnown) {
            throw new ApiException(405, exchange.getRequestMethod() + " is not allowed here");
        }
        throw ApiException.notFound("no such endpoint: " + rawPath);
    }

    private static byte[] readBounded(InputStream body) throws IOException, ApiException {
        byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            throw new ApiException(413, "the request body is larger than " + MAX_BODY_BYTES + " bytes");
        }
        return bytes;
    }

    private void send(HttpExchange exchange, Reply reply) throws IOException {
        switch (reply) {
            case Reply.JsonBody json ->
                write(exchange, json.status(), JSON, Json.write(json.body()).getBytes(StandardCharsets.UTF_8));
            case Reply.Bytes bytes -> write(exchange, bytes.status(), bytes.contentType(), bytes.body());
            case Reply.Events stream -> events.serve(exchange, stream.first());
        }
    }

    static void write(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    static Reply error(int status, String message) {
        return new Reply.JsonBody(status, Json.object().put("error", message).put("status", status));
    }
}
