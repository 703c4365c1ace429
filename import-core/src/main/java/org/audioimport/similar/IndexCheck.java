package org.audioimport.similar;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.audioimport.flavor.FlavorVector;
import org.audioimport.index.IndexException;
import org.audioimport.index.LoadedIndex;
import org.audioimport.index.Metric;
import org.audioimport.index.Neighbour;
import org.audioimport.index.VectorIndex;
import org.audioimport.store.CatalogueException;
import org.audioimport.store.CatalogueReader;
import org.audioimport.store.FlavorRowsAfter;
import org.audioimport.store.FlavorTrack;
import org.audioimport.store.StoredFlavor;

/**
 * Whether a saved index can be trusted for this catalogue: its graph is sound, it holds every live
 * vector up to its mark, and a sample of those vectors equals the catalogue's. An index file copied
 * from another catalogue, or left from a deleted one, fails here.
 *
 * @param problems what is wrong; empty when the index can be trusted
 * @param stale    vectors in the index whose file was changed, purged or refreshed since
 */
record IndexCheck(List<String> problems, int stale) {
    /** Vectors compared one by one with the catalogue's. */
    private static final int SAMPLES = 8;
    /** Float32 storage and normalisation leave the same vector this close to itself. */
    private static final float SAME = 1e-4f;

    static IndexCheck of(
            LoadedIndex loaded, FlavorRowsAfter pending, Map<Long, FlavorTrack> live, CatalogueReader reader)
            throws CatalogueException {
        VectorIndex index = loaded.index();
        long mark = loaded.caughtUpMark();
        List<String> problems = new ArrayList<>();
        if (index.dimension() != FlavorVector.DIMENSION || index.metric() != Metric.COSINE) {
            problems.add("it holds " + index.dimension() + "-value " + index.metric() + " vectors, not flavor vectors");
            return new IndexCheck(problems, 0);
        }
        problems.addAll(index.verify().problems());
        if (mark > pending.newestRowId()) {
            problems.add("it has caught up to flavor row " + mark + " but the catalogue's newest is "
                    + pending.newestRowId() + ": it was made for another catalogue");
        }
        List<Long> expected =
                live.keySet().stream().filter(id -> id <= mark).sorted().toList();
        long absent = expected.stream().filter(id -> !index.contains(id)).count();
        if (absent > 0) {
            problems.add("it lacks " + absent + " of the catalogue's vectors up to its mark");
        }
        for (int i = 0; i < Math.min(SAMPLES, expected.size()) && problems.isEmpty(); i++) {
            long id = expected.get(i * expected.size() / Math.min(SAMPLES, expected.size()));
            String mismatch = mismatch(index, id, live.get(id), reader);
            if (mismatch != null) {
                problems.add(mismatch);
            }
        }
        return new IndexCheck(problems, index.size() - (int) (expected.size() - absent));
    }

    /** Why the index's vector under {@code id} is not the catalogue's; null when they agree. */
    private static String mismatch(VectorIndex index, long id, FlavorTrack track, CatalogueReader reader)
            throws CatalogueException {
        StoredFlavor stored = reader.flavorOf(track.path()).orElse(null);
        if (stored == null || stored.vector() == null || stored.flavorId() != id) {
            // Changed since the live rows were read: nothing to compare.
            return null;
        }
        try {
            List<Neighbour> self = index.exact(stored.vector(), 1, candidate -> candidate == id);
            return !self.isEmpty() && self.get(0).distance() <= SAME
                    ? null
                    : "its vector for " + track.path() + " differs from the catalogue's";
        } catch (IndexException e) {
            return "its vector for " + track.path() + " cannot be compared: "
                    + e.error().describe();
        }
    }
}
