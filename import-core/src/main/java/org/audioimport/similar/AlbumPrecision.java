package org.audioimport.similar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.audioimport.store.FlavorTrack;

/**
 * Album precision at k of any distance over a fixed set of tracks, query by query, with the protocol
 * of {@link FlavorQuality}: a track is asked when it has an album with at least one other track that
 * is not a copy of it; its copies (same recording) are left out of its answers; the answer is the
 * share of its k nearest from its album. The queries depend only on the tracks, so every distance
 * measured here is asked the same questions, and their precisions pair up query by query.
 */
public final class AlbumPrecision {

    /** A distance between tracks {@code a} and {@code b}, positions in the track list; smaller is nearer. */
    @FunctionalInterface
    public interface Distance {
        double between(int a, int b);
    }

    private final List<FlavorTrack> tracks;
    private final int k;
    private final int[] queries;
    private final double random;

    public AlbumPrecision(List<FlavorTrack> tracks, int k) {
        this.tracks = List.copyOf(tracks);
        this.k = k;
        Map<Long, Integer> albumSizes = new HashMap<>();
        Map<Long, Integer> recordingSizes = new HashMap<>();
        for (FlavorTrack track : tracks) {
            recordingSizes.merge(track.recordingId(), 1, Integer::sum);
            if (track.albumId() != null) {
                albumSizes.merge(track.albumId(), 1, Integer::sum);
            }
        }
        List<Integer> asked = new ArrayList<>();
        double randomSum = 0;
        for (int q = 0; q < tracks.size(); q++) {
            FlavorTrack track = tracks.get(q);
            int copies = recordingSizes.get(track.recordingId()) - 1;
            int others = tracks.size() - 1 - copies;
            if (track.albumId() == null || albumSizes.get(track.albumId()) - 1 - copies < 1 || others < k) {
                continue;
            }
            asked.add(q);
            randomSum += (double) (albumSizes.get(track.albumId()) - 1 - copies) / others;
        }
        this.queries = asked.stream().mapToInt(Integer::intValue).toArray();
        this.random = queries.length == 0 ? 0 : randomSum / queries.length;
    }

    /** Number of queries. */
    public int queries() {
        return queries.length;
    }

    /** Neighbours looked at per query. */
    public int k() {
        return k;
    }

    /** The mean precision k tracks picked at random would get. */
    public double random() {
        return random;
    }

    /** Each query's precision under {@code distance}, in query order. Ties go to the earlier track. */
    public double[] measure(Distance distance) {
        double[] precision = new double[queries.length];
        int n = tracks.size();
        for (int i = 0; i < queries.length; i++) {
            int q = queries[i];
            FlavorTrack query = tracks.get(q);
            int[] best = new int[k];
            double[] bestDistance = new double[k];
            int found = 0;
            for (int t = 0; t < n; t++) {
                if (t == q || tracks.get(t).sameRecordingAs(query)) {
                    continue;
                }
                double d = distance.between(q, t);
                if (found == k && d >= bestDistance[k - 1]) {
                    continue;
                }
                int at = found < k ? found++ : k - 1;
                while (at > 0 && bestDistance[at - 1] > d) {
                    best[at] = best[at - 1];
                    bestDistance[at] = bestDistance[at - 1];
                    at--;
                }
                best[at] = t;
                bestDistance[at] = d;
            }
            int same = 0;
            for (int j = 0; j < found; j++) {
                same += query.albumId().equals(tracks.get(best[j]).albumId()) ? 1 : 0;
            }
            precision[i] = (double) same / k;
        }
        return precision;
    }

    /**
     * Of the tracks that have a copy, how many have a copy as their nearest track under {@code
     * distance}: {@code [tracks with a copy, of them nearest a copy]}.
     */
    public int[] copiesNearest(Distance distance) {
        int copies = 0;
        int nearest = 0;
        for (int q = 0; q < tracks.size(); q++) {
            FlavorTrack query = tracks.get(q);
            int best = -1;
            double bestDistance = Double.POSITIVE_INFINITY;
            boolean hasCopy = false;
            for (int t = 0; t < tracks.size(); t++) {
                if (t == q) {
                    continue;
                }
                hasCopy |= tracks.get(t).sameRecordingAs(query);
                double d = distance.between(q, t);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = t;
                }
            }
            if (hasCopy) {
                copies++;
                nearest += tracks.get(best).sameRecordingAs(query) ? 1 : 0;
            }
        }
        return new int[] {copies, nearest};
    }
}
