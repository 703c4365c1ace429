package org.audioimport.identify;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.audioimport.store.FileIdentity;
import org.audioimport.store.IdentityRecording;
import org.audioimport.tags.Tags;

/**
 * Where a file's tags say otherwise than its identity: the identity is shown beside the tags, never
 * written over them, and this names the fields a user may want to look at. Text is compared without
 * regard to case, accents' composition or surrounding spaces; a field the tags leave empty disagrees
 * with nothing.
 */
public final class TagDisagreements {
    private TagDisagreements() {}

    /** The fields, by their names in {@code show --json}: title, artist, album, recording_mbid. */
    public static List<String> between(Tags tags, FileIdentity identity) {
        IdentityRecording recording = identity.recording();
        List<String> fields = new ArrayList<>();
        if (recording == null) {
            return fields;
        }
        if (differs(tags.title(), recording.title())) {
            fields.add("title");
        }
        if (differs(tags.artist(), recording.artistCredit())) {
            fields.add("artist");
        }
        if (tags.album() != null
                && !recording.releases().isEmpty()
                && recording.releases().stream().noneMatch(r -> same(tags.album(), r.title()))) {
            fields.add("album");
        }
        String tagged = tags.musicBrainz().recordingId();
        if (tagged != null && !tagged.strip().equalsIgnoreCase(recording.mbid())) {
            fields.add("recording_mbid");
        }
        return fields;
    }

    private static boolean differs(String tagged, String identified) {
        return tagged != null && identified != null && !same(tagged, identified);
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && normal(a).equals(normal(b));
    }

    private static String normal(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
