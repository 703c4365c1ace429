package org.audioimport.playlist;

import java.util.List;

/**
 * A playlist in playing order, the seeds first.
 *
 * @param tracks the entries; fewer than asked when the catalogue holds too few tracks the rules allow
 */
public record Playlist(List<PlaylistTrack> tracks) {
    public Playlist {
        tracks = List.copyOf(tracks);
    }
}
