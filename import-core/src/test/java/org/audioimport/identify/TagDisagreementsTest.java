package org.audioimport.identify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.audioimport.store.FileIdentity;
import org.audioimport.store.IdentityLookup;
import org.audioimport.store.IdentityRecording;
import org.audioimport.tags.MusicBrainzIds;
import org.audioimport.tags.Tags;
import org.junit.jupiter.api.Test;

class TagDisagreementsTest {
    private static final String RECORDING = "cd2e7c47-16f5-46c6-a37c-a1eb7bf599ff";

    private static final FileIdentity MATCHED = new FileIdentity(
            IdentityLookup.MATCHED,
            new IdentityLookup(
                    "key",
                    IdentityLookup.MATCHED,
                    "9ff43b6a-4f16-427c-93c2-92307ca505e0",
                    0.9,
                    RECORDING,
                    "{}",
                    null,
                    0,
                    0,
                    null),
            new IdentityRecording(
                    RECORDING,
                    "Café in the Snow",
                    "The Fixtures",
                    8000L,
                    List.of(new IdentityRecording.Release(
                            "9c4a2d1e-6b3f-4c5d-8e7f-1a2b3c4d5e6f", "Synthetic Seasons", "2024", "GB", 2)),
                    "{}",
                    0));

    private static Tags tags(String title, String artist, String album, String recordingId) {
        return new Tags(
                title,
                artist,
                album,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                new MusicBrainzIds(recordingId, null, null, null, null, null));
    }

    @Test
    void agreesDespiteCaseSpacesAndUnicodeComposition() {
        Tags decomposed = tags(
                " cafe\u0301 IN the snow ", "the fixtures", "SYNTHETIC SEASONS", RECORDING.toUpperCase(Locale.ROOT));

        assertEquals(List.of(), TagDisagreements.between(decomposed, MATCHED));
    }

    @Test
    void namesEachFieldTheTagsContradict() {
        Tags other = tags("Cafe at Night", "Someone Else", "Other Album", "2e9d6bc5-1d2d-4f68-9c1f-5b7f1a2c3d4e");

        assertEquals(List.of("title", "artist", "album", "recording_mbid"), TagDisagreements.between(other, MATCHED));
    }

    @Test
    void emptyTagsAndUnmatchedIdentitiesDisagreeWithNothing() {
        FileIdentity pending = new FileIdentity(FileIdentity.PENDING, null, null);

        assertEquals(List.of(), TagDisagreements.between(Tags.NONE, MATCHED));
        assertEquals(List.of(), TagDisagreements.between(tags("X", "Y", "Z", RECORDING), pending));
    }
}
