package org.audioimport.identify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The AcoustID v2 lookup: the client key, the file's duration in whole seconds and the compressed
 * fingerprint, asking for the recordings and release groups ({@code meta=recordings releasegroups}),
 * in the JSON format. The fingerprint goes in a form-encoded POST body, as AcoustID's documentation
 * advises for long fingerprints.
 */
final class AcoustIdClient {
    /** AcoustID's error code for "too many requests". */
    static final int TOO_MANY_REQUESTS = 14;

    static final Pattern MBID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WebService service;
    private final URI lookup;
    private final String key;

    AcoustIdClient(HttpClient http, IdentifySettings settings) {
        this.service =
                new WebService("AcoustID", http, settings.acoustidRate(), settings, AcoustIdClient::isTooManyRequests);
        this.lookup = Urls.under(settings.acoustidUrl(), "v2/lookup");
        this.key = settings.acoustidKey();
    }

    AcoustIdAnswer lookup(String chromaprint, long durationSeconds) throws LookupException, InterruptedException {
        String form = "client=" + encode(key) + "&duration=" + durationSeconds + "&meta="
                + encode("recordings releasegroups") + "&format=json&fingerprint=" + encode(chromaprint);
        WebService.Answer answer = service.exchange(HttpRequest.newBuilder(lookup)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (answer.status() >= 500) {
            throw new LookupException("AcoustID answered HTTP " + answer.status());
        }
        JsonNode root = parse(answer);
        if ("error".equals(root.path("status").asText())) {
            JsonNode error = root.path("error");
            throw new LookupException(
                    "AcoustID refused the lookup: " + error.path("message").asText("no reason given") + " (error "
                            + error.path("code").asInt() + ", HTTP " + answer.status() + ")");
        }
        if (answer.status() != 200 || !"ok".equals(root.path("status").asText())) {
            throw new LookupException("AcoustID answered HTTP " + answer.status() + " with status '"
                    + root.path("status").asText() + "'");
        }
        JsonNode results = root.path("results");
        if (!results.isArray()) {
            throw new LookupException("AcoustID's answer has no results list");
        }
        List<AcoustIdAnswer.Result> parsed = new ArrayList<>();
        for (JsonNode result : results) {
            List<String> recordings = new ArrayList<>();
            for (JsonNode recording : result.path("recordings")) {
                String id = recording.path("id").asText();
                if (!MBID.matcher(id).matches()) {
                    throw new LookupException("AcoustID's answer names an invalid recording id '" + id + "'");
                }
                recordings.add(id);
            }
            if (!result.path("id").isTextual() || !result.path("score").isNumber()) {
                throw new LookupException("AcoustID's answer has a result without an id or a score");
            }
            parsed.add(new AcoustIdAnswer.Result(
                    result.path("id").asText(), result.path("score").asDouble(), List.copyOf(recordings)));
        }
        return new AcoustIdAnswer(List.copyOf(parsed), answer.body());
    }

    private static JsonNode parse(WebService.Answer answer) throws LookupException {
        try {
            JsonNode root = JSON.readTree(answer.body());
            if (root == null || !root.isObject()) {
                throw new LookupException("AcoustID answered HTTP " + answer.status() + " without a JSON object");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new LookupException(
                    "AcoustID answered HTTP " + answer.status() + " with malformed JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static boolean isTooManyRequests(WebService.Answer answer) {
        try {
            JsonNode root = JSON.readTree(answer.body());
            return root != null && root.path("error").path("code").asInt() == TOO_MANY_REQUESTS;
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
