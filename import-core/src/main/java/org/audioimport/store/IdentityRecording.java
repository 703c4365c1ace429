package org.audioimport.store;

import java.util.List;

/**
 * A MusicBrainz recording as kept in {@code mb_recording} and {@code mb_release}: its title, artist
 * credit (the names joined as credited), length in ms (null when MusicBrainz has none), the releases it
 * is on, the raw response and when it was fetched (epoch ms).
 */
public record IdentityRecording(
        String mbid,
        String title,
        String artistCredit,
        Long lengthMs,
        List<Release> releases,
        String musicbrainzResponse,
        long fetchedAtMs) {

    /** One release holding the recording; {@code trackPosition} is its position on the medium, or null. */
    public record Release(String mbid, String title, String date, String country, Integer trackPosition) {}
}
