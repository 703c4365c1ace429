package org.audioimport.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** What a route answers: JSON, other bytes (a page, the metrics), or an endless event stream. */
public sealed interface Reply {
    int status();

    /** A JSON body with {@code status}. */
    record JsonBody(int status, JsonNode body) implements Reply {}

    /** Bytes of {@code contentType}, such as the page or the metrics text. */
    record Bytes(int status, String contentType, byte[] body) implements Reply {
        public Bytes {
            body = body.clone();
        }

        @Override
        public byte[] body() {
            return body.clone();
        }
    }

    /**
     * Server-sent events, written by {@link EventHub} until the client or the server goes away, {@code first}
     * before any other: the state a client connecting mid-scan needs.
     */
    record Events(List<EventHub.Event> first) implements Reply {
        public Events {
            first = List.copyOf(first);
        }

        @Override
        public int status() {
            return 200;
        }
    }

    static Reply ok(JsonNode body) {
        return new JsonBody(200, body);
    }
}
