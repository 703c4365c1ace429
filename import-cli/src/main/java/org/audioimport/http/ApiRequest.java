package org.audioimport.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** One request as a route sees it: captured path values, query values and the (bounded) body. */
public record ApiRequest(Map<String, String> pathValues, Map<String, String> query, byte[] body) {
    public ApiRequest {
        pathValues = Map.copyOf(pathValues);
        query = Map.copyOf(query);
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    /** A catalogue id from the path: a positive whole number, else 400. */
    public long id(String name) throws ApiException {
        String text = pathValues.get(name);
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException notANumber) {
            // Reported below, as for zero or a negative id.
        }
        throw ApiException.badRequest(name + " must be a positive whole number");
    }

    /** A query value, or null when absent or blank. */
    public String query(String name) {
        String value = query.get(name);
        return value == null || value.isBlank() ? null : value;
    }

    /** A whole-number query value between 1 and {@code max}, {@code fallback} when absent; else 400. */
    public int boundedInt(String name, int fallback, int max) throws ApiException {
        String text = query(name);
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= 1 && value <= max) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // Reported below.
        }
        throw ApiException.badRequest(name + " must be a whole number from 1 to " + max);
    }

    /** Parses a raw query string; a name given twice keeps its first value. */
    static Map<String, String> parseQuery(String raw) {
        Map<String, String> values = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&", -1)) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            values.putIfAbsent(name, value);
        }
        return values;
    }

    static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
