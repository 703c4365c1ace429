package org.audioimport.playlist;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.audioimport.similar.SimilarityIndex;
import org.audioimport.store.CatalogueException;
import org.audioimport.store.CatalogueReader;
import org.audioimport.store.FlavorTrack;
import org.audioimport.store.PlaylistReader;
import org.audioimport.store.PlaylistRow;

/**
 * The live tracks of the catalogue, read once per playlist, and of each recording the copy a playlist
 * plays: the best quality, ranked as {@code duplicates} ranks copies (lossless first, then the higher bit
 * rate, then the path).
 */
final class TrackPool {
    private static final Comparator<Candidate> BEST_QUALITY_FIRST = Comparator.comparing(
                    (Candidate c) -> c.row().lossless())
            .reversed()
            .thenComparing(c -> c.row().bitrateKbps() == null ? 0 : c.row().bitrateKbps(), Comparator.reverseOrder())
            .thenComparing(Candidate::path);

    private final Map<String, Candidate> byPath = new HashMap<>();
    private final Map<Long, Candidate> byFileId = new HashMap<>();
    /** The best copy of each recording, by flavor row id in path order: a walk's choices do not hang on hashing. */
    private final Map<Long, Candidate> bestCopies = new HashMap<>();

    private final List<Candidate> bestInPathOrder;

    private TrackPool(Map<Long, Candidate> byFlavorId) {
        Map<Long, Candidate> bestOfRecording = new HashMap<>();
        for (Candidate candidate : byFlavorId.values()) {
            byPath.put(candidate.path(), candidate);
            byFileId.put(candidate.track().fileId(), candidate);
            bestOfRecording.merge(
                    candidate.recordingId(), candidate, (a, b) -> BEST_QUALITY_FIRST.compare(a, b) <= 0 ? a : b);
        }
        bestOfRecording.values().forEach(c -> bestCopies.put(c.row().flavorId(), c));
        bestInPathOrder = bestCopies.values().stream()
                .sorted(Comparator.comparing(Candidate::path))
                .toList();
    }

    static TrackPool read(CatalogueReader reader, PlaylistReader rows) throws CatalogueException {
        Map<Long, FlavorTrack> live = reader.flavorTracks(SimilarityIndex.VERSIONS);
        Map<Long, PlaylistRow> details = rows.rows(SimilarityIndex.VERSIONS);
        Map<Long, Candidate> candidates = new TreeMap<>();
        live.forEach((flavorId, track) -> {
            PlaylistRow row = details.get(flavorId);
            if (row != null) {
                candidates.put(flavorId, new Candidate(track, row));
            }
        });
        return new TrackPool(candidates);
    }

    Candidate byPath(String path) {
        return byPath.get(path);
    }

    Candidate byFileId(long fileId) {
        return byFileId.get(fileId);
    }

    /** The best copy under this flavor row id; null when the id is not the best copy of a live recording. */
    Candidate bestCopy(long flavorId) {
        return bestCopies.get(flavorId);
    }

    /** The best copy of every recording, in path order. */
    List<Candidate> bestCopies() {
        return bestInPathOrder;
    }
}
