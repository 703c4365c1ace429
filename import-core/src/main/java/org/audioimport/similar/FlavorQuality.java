package org.audioimport.similar;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.audioimport.store.CatalogueException;
import org.audioimport.store.CatalogueReader;
import org.audioimport.store.FlavorTrack;
import org.audioimport.store.StoredFlavor;

/**
 * How well the flavor vectors tell what belongs together, measured on a catalogue: tracks of one
 * album should be nearer each other than the rest, and a copy of a recording should be its nearest
 * neighbour.
 *
 * @param queries             tracks with an album (and at least one other track of it) that were asked
 * @param k                   neighbours looked at per query
 * @param albumPrecision      mean share of a track's {@code k} nearest (copies of it left out) from its album
 * @param randomPrecision     the same share expected of {@code k} tracks picked at random
 * @param copies              tracks that have a copy (another file of the same recording)
 * @param copiesNearest       of those, the ones whose nearest track is a copy
 */
public record FlavorQuality(
        int queries, int k, double albumPrecision, double randomPrecision, int copies, int copiesNearest) {

    /** Asks the index about every live track of the catalogue. */
    public static FlavorQuality measure(SimilarityIndex index, CatalogueReader reader, int k)
            throws CatalogueException, SimilarityException {
        Map<Long, FlavorTrack> live = reader.flavorTracks(SimilarityIndex.VERSIONS);
        Map<Long, Integer> albumSizes = new HashMap<>();
        Map<Long, Integer> recordingSizes = new HashMap<>();
        Map<String, Long> albumByPath = new HashMap<>();
        for (FlavorTrack track : live.values()) {
            albumByPath.put(track.path(), track.albumId());
            recordingSizes.merge(track.recordingId(), 1, Integer::sum);
            if (track.albumId() != null) {
                albumSizes.merge(track.albumId(), 1, Integer::sum);
            }
        }
        int queries = 0;
        double precision = 0;
        double random = 0;
        int copies = 0;
        int copiesNearest = 0;
        for (FlavorTrack track : live.values()) {
            StoredFlavor query = reader.flavorOf(track.path()).orElseThrow();
            int copiesOfIt = recordingSizes.get(track.recordingId()) - 1;
            List<SimilarTrack> nearest = index.nearest(query, live, k + copiesOfIt);
            if (copiesOfIt > 0) {
                copies++;
                copiesNearest += !nearest.isEmpty() && nearest.get(0).duplicate() ? 1 : 0;
            }
            Integer albumSize = track.albumId() == null ? null : albumSizes.get(track.albumId());
            int others = live.size() - 1 - copiesOfIt;
            if (albumSize == null || albumSize - 1 - copiesOfIt < 1 || others < k) {
                continue;
            }
            queries++;
            precision += sameAlbumShare(nearest, track.albumId(), albumByPath, k);
            random += (double) (albumSize - 1 - copiesOfIt) / others;
        }
        return new FlavorQuality(
                queries,
                k,
                queries == 0 ? 0 : precision / queries,
                queries == 0 ? 0 : random / queries,
                copies,
                copiesNearest);
    }

    /** The share of the first {@code k} answers that are not copies of the track and are on its album. */
    private static double sameAlbumShare(
            List<SimilarTrack> nearest, Long albumId, Map<String, Long> albumByPath, int k) {
        List<SimilarTrack> others =
                nearest.stream().filter(t -> !t.duplicate()).limit(k).toList();
        long sameAlbum = others.stream()
                .filter(t -> albumId.equals(albumByPath.get(t.path())))
                .count();
        return (double) sameAlbum / k;
    }
}
