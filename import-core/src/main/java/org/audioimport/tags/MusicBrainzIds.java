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

    /** These ids, with each missing one taken from {@code fallback}. */
    public MusicBrainzIds orElse(MusicBrainzIds fallback) {
        return new MusicBrainzIds(
                TagValues.first(recordingId, fallback.recordingId),
                TagValues.first(releaseTrackId, fallback.releaseTrackId),
                TagValues.first(artistId, fallback.artistId),
                TagValues.first(albumArtistId, fallback.albumArtistId),
                TagValues.first(releaseId, fallback.releaseId),
                TagValues.first(releaseGroupId, fallback.releaseGroupId));
    }
}
