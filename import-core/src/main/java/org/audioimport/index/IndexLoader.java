package org.audioimport.index;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads an index saved by {@link VectorIndex#save}. The graph's shape (metric, dimension, m,
 * efConstruction) comes from the file; how the loaded index runs may be changed here.
 */
public final class IndexLoader {
    private int capacity;
    private int efSearch;
    private int threads = Runtime.getRuntime().availableProcessors();

    IndexLoader() {}

    /** Room for this many vectors, or for all the file holds if that is more. Default: the saved capacity. */
    public IndexLoader capacity(int capacity) {
        this.capacity = HnswSettings.positive("capacity", capacity);
        return this;
    }

    /** Default: the saved index's. */
    public IndexLoader efSearch(int efSearch) {
        this.efSearch = HnswSettings.positive("efSearch", efSearch);
        return this;
    }

    /** Default: one per processor. */
    public IndexLoader threads(int threads) {
        this.threads = HnswSettings.positive("threads", threads);
        return this;
    }

    /**
     * Reads an index file written by {@link IndexFileWriter}.
     *
     * @throws IndexFileException if the file is truncated, corrupt or of another format: rebuild the index
     * @throws IOException if the file cannot be read at all
     */
    public LoadedIndex load(Path file) throws IOException, IndexFileException {
        return new IndexFileReader(file, capacity, efSearch, threads).read();
    }

    /**
     * The caught-up mark saved in an index file's header, read without loading the graph, so that whether
     * an index is behind its source costs one small read. The body is not checked: {@link #load} does that.
     *
     * @throws IndexFileException if the file is not an index of this format
     * @throws IOException if the file cannot be read at all
     */
    public long caughtUpMark(Path file) throws IOException, IndexFileException {
        return new IndexFileReader(file, capacity, efSearch, threads).caughtUpMark();
    }
}
