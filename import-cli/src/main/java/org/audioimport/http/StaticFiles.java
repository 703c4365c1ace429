package org.audioimport.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/** The web page: plain HTML, CSS and JavaScript shipped in the jar, under {@code org/audioimport/http/web}. */
final class StaticFiles {
    private static final Map<String, String> TYPES = Map.of(
            "index.html", "text/html; charset=utf-8",
            "app.js", "text/javascript; charset=utf-8",
            "timeline.js", "text/javascript; charset=utf-8",
            "style.css", "text/css; charset=utf-8");

    Reply page(ApiRequest request) throws IOException, ApiException {
        return file("index.html");
    }

    Reply asset(ApiRequest request) throws IOException, ApiException {
        return file(request.pathValues().get("name"));
    }

    private static Reply file(String name) throws IOException, ApiException {
        String type = TYPES.get(name);
        if (type == null) {
            throw ApiException.notFound("no such file: " + name);
        }
        try (InputStream in = StaticFiles.class.getResourceAsStream("web/" + name)) {
            if (in == null) {
                throw ApiException.notFound("no such file: " + name);
            }
            return new Reply.Bytes(200, type, in.readAllBytes());
        }
    }
}
