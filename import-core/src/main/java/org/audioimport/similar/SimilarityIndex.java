package org.audioimport.similar;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;
import org.audioimport.flavor.FlavorVector;
import org.audioimport.index.BatchProgress;
import org.audioimport.index.BatchResult;
import org.audioimport.index.IndexException;
import org.audioimport.index.IndexFileException;
import org.audioimport.index.IndexItem;
import org.audioimport.index.LoadedIndex;
import org.audioimport.index.Metric;
import org.audioimport.index.Neighbour;
import org.audioimport.index.VectorIndex;
import org.audioimport.store.CatalogueException;
import org.audioimport.store.CatalogueReader;
import org.audioimport.store.FileStatus;
import org.audioimport.store.FlavorRowsAfter;
import org.audioimport.store.FlavorTrack;
import org.audioimport.store.FlavorVersions;
import org.audioimport.store.StoredFlavor;
import org.audioimport.store.StoredVector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HNSW index of the catalogue's file flavor vectors, kept in a file beside the catalogue and keyed
 * by flavor row id. A changed or purged file's old vector stays in the graph, unreachable: every answer
 * is filtered to the catalogue's live rows, and the index is rebuilt once such stale vectors are a
 * quarter of it. Not thread-safe: one import or one query at a time uses it.
 *
 * <p>Over 300 lines on purpose: opening, verifying, catching up and growing all turn on the same three
 * facts (the file, its caught-up mark and the catalogue's rows after it); split apart, each part would
 * need them handed over and kept in step.
 */
public final class SimilarityIndex {
    /** The flavor versions whose vectors the index holds together: those that compare with the current one's. */
    public static final FlavorVersions VERSIONS =
            new FlavorVersions(FlavorVector.OLDEST_COMPARABLE, FlavorVector.VERSION);

    private static final Logger LOG = LoggerFactory.getLogger(SimilarityIndex.class);

    private static final int MIN_CAPACITY = 1024;
    /** Searches look at least this wide: on a few thousand tracks it finds the true neighbours. */
    private static final int MIN_EF = 64;
    /** Stale vectors tolerated before a rebuild, beyond a quarter of the index. */
    private static final int STALE_SLACK = 64;

    private final CatalogueReader reader;
    private final Path file;
    private String openedHow;
    private VectorIndex index;
    private long caughtUpTo;

    private SimilarityIndex(CatalogueReader reader, Path file, VectorIndex index, long caughtUpTo, String openedHow) {
        this.reader = reader;
        this.file = file;
        this.index = index;
        this.caughtUpTo = caughtUpTo;
        this.openedHow = openedHow;
    }

    /**
     * Where the index of the catalogue {@code catalogueFile} lives: beside it, named for the oldest flavor
     * version it holds, so that a version whose vectors compare with the last one's keeps its index.
     */
    public static Path fileFor(Path catalogueFile) {
        return catalogueFile.resolveSibling(
                catalogueFile.getFileName() + ".flavor-v" + FlavorVector.OLDEST_COMPARABLE + ".hnsw");
    }

    /**
     * Whether the index in {@code file} lacks flavor rows the catalogue committed after it was saved, or
     * cannot be told so (no file, or one that is not an index): then {@link #open} and {@link #catchUp} have
     * work to do. One header read and one query, so a scan that wrote nothing asks this rather than load
     * the graph.
     */
    public static boolean isBehind(CatalogueReader reader, Path file) throws CatalogueException {
        try {
            return reader.newestFlavorRowId() > VectorIndex.loader().caughtUpMark(file);
        } catch (IOException | IndexFileException e) {
            return true;
        }
    }

    /**
     * Loads the index from {@code file} and checks it against the catalogue; {@link #catchUp} then adds
     * what was committed since it was saved. With no file yet, the index starts empty. A damaged file, or
     * one that disagrees with the catalogue, is rebuilt from the catalogue (and saved) here.
     *
     * @throws IOException if a rebuilt index cannot be saved
     */
    public static SimilarityIndex open(CatalogueReader reader, Path file) throws CatalogueException, IOException {
        if (!Files.exists(file)) {
            return empty(reader, file, "created");
        }
        LoadedIndex loaded;
        try {
            loaded = VectorIndex.loader().load(file);
        } catch (IndexFileException e) {
            return rebuildBecause(reader, file, e.problem().describe());
        } catch (java.nio.file.AccessDeniedException e) {
            return rebuildBecause(reader, file, "this user may not read it");
        }
        FlavorRowsAfter pending = reader.flavorVectorsAfter(loaded.caughtUpMark(), VERSIONS);
        IndexCheck check = IndexCheck.of(loaded, pending, reader.flavorTracks(VERSIONS), reader);
        if (!check.problems().isEmpty()) {
            return rebuildBecause(reader, file, check.problems().get(0));
        }
        if (check.stale() > STALE_SLACK + loaded.index().size() / 4) {
            return rebuildBecause(
                    reader,
                    file,
                    check.stale() + " of its " + loaded.index().size()
                            + " vectors belong to files changed or gone since");
        }
        return new SimilarityIndex(reader, file, loaded.index(), loaded.caughtUpMark(), "loaded");
    }

    /** Builds the index anew from the catalogue and saves it, whatever the file held. */
    public static SimilarityIndex rebuild(CatalogueReader reader, Path file) throws CatalogueException, IOException {
        SimilarityIndex rebuilt = empty(reader, file, "rebuilt");
        rebuilt.insert(reader.flavorVectorsAfter(0, VERSIONS), BatchProgress.none());
        rebuilt.save();
        return rebuilt;
    }

    private static SimilarityIndex rebuildBecause(CatalogueReader reader, Path file, String why)
            throws CatalogueException, IOException {
        LOG.warn("{}: rebuilding the similarity index from the catalogue: {}", file, why);
        SimilarityIndex rebuilt = rebuild(reader, file);
        rebuilt.openedHow = "rebuilt: " + why;
        return rebuilt;
    }

    /** Checks the saved file against the catalogue, without changing either. */
    public static IndexHealth verify(CatalogueReader reader, Path file) throws CatalogueException, IOException {
        if (!Files.exists(file)) {
            return new IndexHealth(0, 0, 0, 0, 0, List.of("there is no index file: run `index rebuild`, or an import"));
        }
        LoadedIndex loaded;
        try {
            loaded = VectorIndex.loader().load(file);
        } catch (IndexFileException e) {
            return new IndexHealth(0, 0, 0, 0, 0, List.of(e.problem().describe()));
        }
        FlavorRowsAfter pending = reader.flavorVectorsAfter(loaded.caughtUpMark(), VERSIONS);
        IndexCheck check = IndexCheck.of(loaded, pending, reader.flavorTracks(VERSIONS), reader);
        int indexed = loaded.index().size();
        return new IndexHealth(
                indexed,
                indexed - check.stale(),
                check.stale(),
                pending.vectors().size(),
                loaded.caughtUpMark(),
                check.problems());
    }

    /** How the index came to be: "loaded", "created", or "rebuilt: " and why. */
    public String openedHow() {
        return openedHow;
    }

    /** Vectors in the index, stale ones included. */
    public int size() {
        return index.size();
    }

    /** The highest flavor row id the index has caught up to. */
    public long caughtUpTo() {
        return caughtUpTo;
    }

    /**
     * Adds the vectors committed since the last catch-up by one batch insert, and saves the index if it
     * changed. {@code progress} hears the batch and may cancel it; what went in stays and is saved.
     */
    public CatchUp catchUp(BatchProgress progress) throws CatalogueException, IOException {
        long started = System.nanoTime();
        int inserted = insert(reader.flavorVectorsAfter(caughtUpTo, VERSIONS), progress);
        return inserted == 0 ? CatchUp.NOTHING : new CatchUp(inserted, (System.nanoTime() - started) / 1e9);
    }

    /**
     * The {@code k} catalogued files that sound most like the one at {@code path}, nearest first, the
     * file itself left out. Copies of the same recording are among them, marked as duplicates.
     */
    public List<SimilarTrack> similar(String path, int k) throws CatalogueException, SimilarityException {
        return nearest(searchable(path), reader.flavorTracks(VERSIONS), k);
    }

    /**
     * What the catalogue holds of the file at {@code path}, checked to be a question this index can answer:
     * catalogued, imported, with a flavor vector of the current version.
     */
    public StoredFlavor searchable(String path) throws CatalogueException, SimilarityException {
        StoredFlavor query =
                reader.flavorOf(path).orElseThrow(() -> new SimilarityException(path + ": not in the catalogue"));
        if (query.status() != FileStatus.IMPORTED) {
            throw new SimilarityException(path + ": it failed to import: " + query.failureReason());
        }
        if (query.vector() == null) {
            throw new SimilarityException(path + ": it has no flavor vector: "
                    + (query.noVector() != null
                            ? query.noVector()
                            : "it was imported before flavors; import it again"));
        }
        if (!FlavorVector.isCurrent(query.version())) {
            throw new SimilarityException(path + ": its flavor was computed by version " + query.version()
                    + "; an import of its folder brings it to version " + FlavorVector.VERSION);
        }
        return query;
    }

    /**
     * Up to {@code k} flavor row ids near {@code vector} whose id passes {@code accept}, nearest first, as
     * the graph finds them: an approximate answer, for a caller that filters by rules of its own.
     */
    public List<Neighbour> near(float[] vector, int k, LongPredicate accept) throws SimilarityException {
        try {
            return index.search(vector, k, Math.max(MIN_EF, 2 * k), accept);
        } catch (IndexException e) {
            throw new SimilarityException(
                    "a flavor vector cannot be searched: " + e.error().describe());
        }
    }

    /** The {@code k} live tracks nearest to {@code query}'s vector, the query itself left out. */
    List<SimilarTrack> nearest(StoredFlavor query, Map<Long, FlavorTrack> live, int k) throws SimilarityException {
        String path = query.track().path();
        long self = query.flavorId();
        List<Neighbour> nearest;
        try {
            nearest =
                    index.search(query.vector(), k, Math.max(MIN_EF, 2 * k), id -> id != self && live.containsKey(id));
        } catch (IndexException e) {
            throw new SimilarityException(path + ": its flavor vector cannot be searched: "
                    + e.error().describe());
        }
        List<SimilarTrack> similar = new ArrayList<>(nearest.size());
        for (Neighbour neighbour : nearest) {
            FlavorTrack track = live.get(neighbour.id());
            similar.add(new SimilarTrack(track.path(), neighbour.distance(), track.sameRecordingAs(query.track())));
        }
        return similar;
    }

    private static SimilarityIndex empty(CatalogueReader reader, Path file, String how) {
        return new SimilarityIndex(reader, file, newIndex(MIN_CAPACITY), 0, how);
    }

    private static VectorIndex newIndex(int capacity) {
        return VectorIndex.builder(FlavorVector.DIMENSION, Metric.COSINE, capacity)
                .build();
    }

    /** Inserts the rows the index lacks, moves the mark past them, and saves when anything changed. */
    private int insert(FlavorRowsAfter pending, BatchProgress progress) throws IOException, CatalogueException {
        FlavorRowsAfter rows = pending;
        List<IndexItem> items = missingItems(rows);
        if (!items.isEmpty() && !hasRoomFor(items.size())) {
            if (canSave()) {
                grow(items.size());
            } else {
                // It can grow only through its file: where that cannot be written, build it anew in memory.
                rows = reader.flavorVectorsAfter(0, VERSIONS);
                index = newIndex(Math.max(MIN_CAPACITY, 2 * rows.vectors().size()));
                caughtUpTo = 0;
                items = missingItems(rows);
            }
        }
        long mark = Math.max(caughtUpTo, rows.newestRowId());
        int inserted = 0;
        if (!items.isEmpty()) {
            BatchResult result;
            try {
                result = index.insertBatch(items, progress);
            } catch (IndexException e) {
                // The catalogue hands over only whole, non-zero vectors under fresh ids: a refusal means
                // the index itself is wrong. Nothing of the catalogue is at stake; the next open rebuilds.
                throw new IOException(
                        file + ": the index refused the catalogue's vectors: "
                                + e.error().describe(),
                        e);
            }
            inserted = result.inserted();
            if (result instanceof BatchResult.Cancelled) {
                // Rows after the last vector that went in are still to come.
                mark = inserted == 0 ? caughtUpTo : items.get(inserted - 1).id();
            }
        }
        if (inserted > 0 || mark != caughtUpTo) {
            caughtUpTo = mark;
            save();
        }
        return inserted;
    }

    private List<IndexItem> missingItems(FlavorRowsAfter rows) {
        List<IndexItem> items = new ArrayList<>();
        for (StoredVector vector : rows.vectors()) {
            if (!index.contains(vector.id())) {
                items.add(new IndexItem(vector.id(), vector.values()));
            }
        }
        return items;
    }

    private boolean hasRoomFor(int more) {
        return index.size() + more <= index.capacity();
    }

    /** An index cannot grow in place: saved, it is read back with twice the room it needs. */
    private void grow(int more) throws IOException {
        int needed = index.size() + more;
        int capacity = Math.max(MIN_CAPACITY, 2 * needed);
        if (index.size() == 0) {
            index = newIndex(capacity);
            return;
        }
        save();
        try {
            index = VectorIndex.loader().capacity(capacity).load(file).index();
        } catch (IndexFileException e) {
            throw new IOException(
                    file + ": the index just saved does not read back: "
                            + e.problem().describe(),
                    e);
        }
    }

    /**
     * Saves the index where its folder and file can be written. Where they cannot (a catalogue on a read-only
     * mount, or another user's), the index serves this run from memory and the file stays as it was.
     */
    private void save() throws IOException {
        if (!canSave()) {
            LOG.debug("{}: not saved, this user cannot write it; kept in memory for this run", file);
            return;
        }
        index.save(file, caughtUpTo);
    }

    private boolean canSave() {
        Path folder = file.toAbsolutePath().getParent();
        return (folder == null || Files.isWritable(folder)) && (!Files.exists(file) || Files.isWritable(file));
    }
}
