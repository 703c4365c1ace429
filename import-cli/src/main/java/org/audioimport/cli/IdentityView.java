package org.audioimport.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.audioimport.identify.TagDisagreements;
import org.audioimport.store.FileIdentity;
import org.audioimport.store.IdentityLookup;
import org.audioimport.store.IdentityRecording;
import org.audioimport.tags.Tags;

/** A file's identity in {@code show}: the {@code identity} object of the JSON, and its lines in the text. */
final class IdentityView {
    private IdentityView() {}

    /** The JSON object, or JSON null when the file has no fingerprint to identify. */
    static com.fasterxml.jackson.databind.JsonNode json(Optional<FileIdentity> found, Tags tags) {
        if (found.isEmpty()) {
            return JsonNodeFactory.instance.nullNode();
        }
        FileIdentity identity = found.get();
        IdentityLookup lookup = identity.lookup();
        IdentityRecording recording = identity.recording();
        ObjectNode json = Json.object();
        json.put("status", identity.status());
        json.put("acoustid_id", lookup == null ? null : lookup.acoustidId());
        json.put("score", lookup == null ? null : lookup.score());
        json.put("recording_mbid", lookup == null ? null : lookup.recordingMbid());
        json.put("title", recording == null ? null : recording.title());
        json.put("artist", recording == null ? null : recording.artistCredit());
        json.put("length_s", recording == null || recording.lengthMs() == null ? null : recording.lengthMs() / 1000.0);
        ArrayNode releases = json.putArray("releases");
        if (recording != null) {
            recording
                    .releases()
                    .forEach(r -> releases.addObject()
                            .put("mbid", r.mbid())
                            .put("title", r.title())
                            .put("date", r.date())
                            .put("country", r.country())
                            .put("track_position", r.trackPosition()));
        }
        json.put(
                "looked_up_at",
                lookup == null
                        ? null
                        : Instant.ofEpochMilli(lookup.lookedUpAtMs()).toString());
        json.put("error", lookup == null ? null : lookup.error());
        ArrayNode disagreements = json.putArray("disagrees_with_tags");
        TagDisagreements.between(tags, identity).forEach(disagreements::add);
        return json;
    }

    static void print(Optional<FileIdentity> found, Tags tags, PrintWriter out) {
        if (found.isEmpty()) {
            return;
        }
        FileIdentity identity = found.get();
        IdentityLookup lookup = identity.lookup();
        IdentityRecording recording = identity.recording();
        switch (identity.status()) {
            case FileIdentity.PENDING -> out.println("  identity:  not looked up yet");
            case IdentityLookup.NO_MATCH ->
                out.printf(
                        "  identity:  no match on AcoustID (looked up %s)%n",
                        Instant.ofEpochMilli(lookup.lookedUpAtMs()));
            case IdentityLookup.ERROR ->
                out.printf(
                        "  identity:  lookup failed (%s): %s%n",
                        Instant.ofEpochMilli(lookup.lookedUpAtMs()), lookup.error());
            default -> {
                out.printf(
                        "  identity:  %s by %s (AcoustID score %.2f)%n",
                        recording.title(), recording.artistCredit(), lookup.score());
                out.printf("             recording %s, AcoustID %s%n", recording.mbid(), lookup.acoustidId());
                recording.releases().stream()
                        .limit(5)
                        .forEach(r -> out.printf(
                                "             on %s%s%s%s%n",
                                r.title(),
                                r.date() == null ? "" : ", " + r.date(),
                                r.country() == null ? "" : ", " + r.country(),
                                r.trackPosition() == null ? "" : ", track " + r.trackPosition()));
                if (recording.releases().size() > 5) {
                    out.printf(
                            "             and %d more releases%n",
                            recording.releases().size() - 5);
                }
                List<String> disagreements = TagDisagreements.between(tags, identity);
                if (!disagreements.isEmpty()) {
                    out.printf("             the tags say otherwise for: %s%n", String.join(", ", disagreements));
                }
            }
        }
    }
}
