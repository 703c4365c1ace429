package org.audioimport.identify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import org.audioimport.store.IdentityRecording;

/**
 * The MusicBrainz web service (WS/2) recording lookup in JSON, with the artist credits, the releases
 * and their media ({@code inc=artist-credits+releases+media}): on each release's medium, the track that
 * holds the recording gives its position.
 */
final class MusicBrainzClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WebService service;
    private final URI base;

    MusicBrainzClient(HttpClient http, IdentifySettings settings) {
        this.service = new WebService("MusicBrainz", http, settings.musicbrainzRate(), settings, answer -> false);
        this.base = Urls.under(settings.musicbrainzUrl(), "ws/2/recording/");
    }

    IdentityRecording recording(String mbid, long nowMs) throws LookupException, InterruptedException {
        if (!AcoustIdClient.MBID.matcher(mbid).matches()) {
            throw new LookupException("'" + mbid + "' is not a MusicBrainz id");
        }
        WebService.Answer answer = service.exchange(
                HttpRequest.newBuilder(URI.create(base + mbid + "?inc=artist-credits+releases+media&fmt=json"))
                        .header("Accept", "application/json")
                        .GET());
        if (answer.status() == 404) {
            throw new LookupException("MusicBrainz has no recording " + mbid + " (HTTP 404)");
        }
        if (answer.status() != 200) {
            throw new LookupException("MusicBrainz answered HTTP " + answer.status() + " for recording " + mbid);
        }
        JsonNode root = parse(answer);
        if (!mbid.equals(root.path("id").asText())) {
            throw new LookupException("MusicBrainz answered with another recording than " + mbid);
        }
        return new IdentityRecording(
                mbid,
                text(root, "title"),
                artistCredit(root.path("artist-credit")),
                root.path("length").isNumber() ? root.path("length").asLong() : null,
                releases(root.path("releases")),
                answer.body(),
                nowMs);
    }

    private static JsonNode parse(WebService.Answer answer) throws LookupException {
        try {
            JsonNode root = JSON.readTree(answer.body());
            if (root == null || !root.isObject()) {
                throw new LookupException("MusicBrainz answered without a JSON object");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new LookupException("MusicBrainz answered malformed JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** The credited names joined by their join phrases, as MusicBrainz shows them ("A feat. B"). */
    private static String artistCredit(JsonNode credits) {
        StringBuilder credit = new StringBuilder();
        for (JsonNode name : credits) {
            credit.append(name.path("name")
                            .asText(name.path("artist").path("name").asText()))
                    .append(name.path("joinphrase").asText(""));
        }
        return credit.isEmpty() ? null : credit.toString();
    }

    private static List<IdentityRecording.Release> releases(JsonNode releases) {
        List<IdentityRecording.Release> parsed = new ArrayList<>();
        for (JsonNode release : releases) {
            String id = release.path("id").asText();
            if (AcoustIdClient.MBID.matcher(id).matches()) {
                parsed.add(new IdentityRecording.Release(
                        id,
                        text(release, "title"),
                        text(release, "date"),
                        text(release, "country"),
                        trackPosition(release.path("media"))));
            }
        }
        return List.copyOf(parsed);
    }

    /** The position of the recording's track on its medium: the track's position, else the offset + 1. */
    private static Integer trackPosition(JsonNode media) {
        for (JsonNode medium : media) {
            JsonNode tracks = medium.has("track") ? medium.path("track") : medium.path("tracks");
            for (JsonNode track : tracks) {
                if (track.path("position").isInt()) {
                    return track.path("position").asInt();
                }
            }
            if (medium.path("track-offset").isInt()) {
                return medium.path("track-offset").asInt() + 1;
            }
        }
        return null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }
}
