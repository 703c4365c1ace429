package org.audioimport.tags;

/** MusicBrainz identifiers as tagged by Picard and similar taggers; each may be null. */
public record MusicBrainzIds(
        String recordingId,
        String releaseTrackId,
        String artistId,
        String albumArtistId,
        String releaseId,
        String releaseGroupId) {

    public static final MusicBrainzIds NONE = new MusicBrainzIds(null, null, null, null, null, null);
}
