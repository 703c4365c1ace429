package org.audioimport.playlist;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The rules a playlist keeps as it grows: no recording twice, no album twice in a row, and no artist
 * beyond its share. A track without an album or an artist tag is held to neither of those two rules.
 */
final class PlaylistRules {
    private final int tracksPerArtist;
    private final Set<Long> recordings = new HashSet<>();
    private final Map<Long, Integer> tracksByArtist = new HashMap<>();
    private Long lastAlbum;

    PlaylistRules(PlaylistOptions options) {
        this.tracksPerArtist = options.tracksPerArtist();
    }

    boolean allows(Candidate next) {
        Long album = next.albumId();
        Long artist = next.artistId();
        return !recordings.contains(next.recordingId())
                && (album == null || !album.equals(lastAlbum))
                && (artist == null || tracksByArtist.getOrDefault(artist, 0) < tracksPerArtist);
    }

    boolean holds(Candidate track) {
        return recordings.contains(track.recordingId());
    }

    void add(Candidate track) {
        recordings.add(track.recordingId());
        lastAlbum = track.albumId();
        if (track.artistId() != null) {
            tracksByArtist.merge(track.artistId(), 1, Integer::sum);
        }
    }
}
