package org.audioimport.playlist;

import java.util.ArrayList;
import java.util.List;
import org.audioimport.store.PlaylistRow;

/** Turns a walk into the {@link Playlist} callers see: distances, crossfade points and suggested overlaps. */
final class Playlists {
    private Playlists() {}

    static Playlist of(Walk played) {
        List<Candidate> walk = played.tracks();
        List<Candidate> seeds = played.seeds();
        List<PlaylistTrack> tracks = new ArrayList<>(walk.size());
        for (int i = 0; i < walk.size(); i++) {
            Candidate track = walk.get(i);
            PlaylistRow row = track.row();
            tracks.add(new PlaylistTrack(
                    track.track().fileId(),
                    track.path(),
                    row.artist(),
                    row.title(),
                    Crossfades.seconds(row.durationTicks()),
                    seeds.contains(track),
                    i == 0 ? null : rounded(walk.get(i - 1).distanceTo(track)),
                    rounded(distanceToSeeds(track, seeds)),
                    Crossfades.seconds(row.leadInTicks()),
                    Crossfades.seconds(row.leadOutTicks()),
                    Crossfades.seconds(row.fadeInEndTicks()),
                    Crossfades.seconds(row.fadeOutStartTicks()),
                    i + 1 < walk.size()
                            ? Crossfades.suggest(row, walk.get(i + 1).row())
                            : null));
        }
        return new Playlist(tracks);
    }

    /** The mean distance of {@code track} to the seeds. */
    static double distanceToSeeds(Candidate track, List<Candidate> seeds) {
        return seeds.stream().mapToDouble(track::distanceTo).average().orElse(0);
    }

    /** Six decimals: copies of one recording differ in the fifth. */
    private static double rounded(double distance) {
        return Math.round(distance * 1e6) / 1e6;
    }
}
