package org.audioimport.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.audioimport.playlist.Playlist;
import org.audioimport.playlist.PlaylistTrack;

/**
 * A playlist as the JSON array documented in docs/cli.md: one object per track, in playing order. Public
 * so that the daemon's HTTP API answers with the same shape as {@code playlist --json}.
 */
public final class PlaylistJson {
    private PlaylistJson() {}

    public static ArrayNode of(Playlist playlist) {
        ArrayNode json = Json.array();
        for (PlaylistTrack track : playlist.tracks()) {
            ObjectNode entry = json.addObject();
            entry.put("path", track.path());
            entry.put("file_id", track.fileId());
            entry.put("artist", track.artist());
            entry.put("title", track.title());
            entry.put("duration_s", track.durationS());
            entry.put("seed", track.seed());
            entry.put("distance_to_previous", track.distanceToPrevious());
            entry.put("distance_to_seed", track.distanceToSeed());
            entry.put("start_s", track.startS());
            entry.put("end_s", track.endS());
            entry.put("fade_in_end_s", track.fadeInEndS());
            entry.put("fade_out_start_s", track.fadeOutStartS());
            entry.put("crossfade_s", track.crossfadeS());
        }
        return json;
    }
}
