package org.audioimport.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongPredicate;

/**
 * An approximate nearest-neighbour index of float vectors keyed by catalogue row id (HNSW, Malkov and
 * Yashunin). Inserts, single or batched, and searches are safe to run at the same time from any
 * threads; {@link #save}, {@link #verify} and {@link #exact} wait for inserts in flight and hold new ones
 * back while they run.
 */
public interface VectorIndex {

    /** Starts an empty index of vectors of {@code dimension} floats, with room for {@code capacity} of them. */
    static VectorIndexBuilder builder(int dimension, Metric metric, int capacity) {
        return new VectorIndexBuilder(dimension, metric, capacity);
    }

    /** Starts reading an index saved by {@link #save}. */
    static IndexLoader loader() {
        return new IndexLoader();
    }

    /**
     * Which distance loops the index runs on this JVM: "Vector API, N float lanes" when it was started with
     * {@code --add-modules jdk.incubator.vector}, else "scalar".
     */
    static String distanceKernel() {
        return VectorStore.kernel();
    }

    int dimension();

    Metric metric();

    /** The most vectors the index can hold. */
    int capacity();

    /** How many vectors are in the index, not counting inserts still in flight. */
    int size();

    boolean contains(long id);

    /** Inserts one vector on the calling thread. */
    void insert(long id, float[] vector) throws IndexException;

    /**
     * Inserts a batch in parallel on the index's threads. The whole batch is checked before anything
     * is inserted: if it throws, the index is as it was, unless the error is {@link IndexError.Internal}.
     */
    BatchResult insertBatch(List<IndexItem> items, BatchProgress progress) throws IndexException;

    /** The {@code k} nearest vectors, nearest first, searching with the index's default ef. */
    List<Neighbour> search(float[] query, int k) throws IndexException;

    /**
     * The {@code k} nearest vectors whose id passes {@code filter}, nearest first. A larger {@code ef}
     * (at least {@code k} is used) finds more of the true neighbours, more slowly.
     */
    List<Neighbour> search(float[] query, int k, int ef, LongPredicate filter) throws IndexException;

    /** The true {@code k} nearest vectors whose id passes {@code filter}, found by comparing with every one. */
    List<Neighbour> exact(float[] query, int k, LongPredicate filter) throws IndexException;

    /**
     * Writes the index to {@code file} atomically: to a temporary file beside it, synced, then renamed
     * over it. {@code caughtUpMark} is kept for the caller and handed back by the loader.
     */
    void save(Path file, long caughtUpMark) throws IOException;

    /** Checks the graph's invariants: neighbours exist, levels agree, no self-links, degrees within limits. */
    GraphCheck verify();

    /** Roughly how many bytes the index holds beyond the vectors themselves. */
    long graphBytes();
}
