package org.audioimport.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One endpoint: a method, a path pattern whose {@code {name}} segments capture a value, and the handler.
 * Adding an endpoint is one line in {@link ApiRoutes}.
 */
public record Route(String method, String pattern, Handler handler) {
    /** Answers one request. */
    @FunctionalInterface
    public interface Handler {
        Reply handle(ApiRequest request) throws Exception;
    }

    /** The captured segments when {@code path} (already split into decoded segments) fits the pattern. */
    Optional<Map<String, String>> match(List<String> segments) {
        List<String> parts = segments(pattern);
        if (parts.size() != segments.size()) {
            return Optional.empty();
        }
        Map<String, String> captured = new LinkedHashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            if (part.startsWith("{") && part.endsWith("}")) {
                captured.put(part.substring(1, part.length() - 1), segments.get(i));
            } else if (!part.equals(segments.get(i))) {
                return Optional.empty();
            }
        }
        return Optional.of(captured);
    }

    static List<String> segments(String path) {
        return List.of(path.replaceAll("^/+", "").split("/", -1));
    }
}
