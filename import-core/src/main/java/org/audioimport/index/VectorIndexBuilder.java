package org.audioimport.index;

/** Settings for a new, empty {@link VectorIndex}; anything not set keeps its default. */
public final class VectorIndexBuilder {
    private final int dimension;
    private final Metric metric;
    private final int capacity;
    private int m = HnswSettings.DEFAULT_M;
    private int efConstruction = HnswSettings.DEFAULT_EF_CONSTRUCTION;
    private int efSearch = HnswSettings.DEFAULT_EF_SEARCH;
    private int threads = Runtime.getRuntime().availableProcessors();

    VectorIndexBuilder(int dimension, Metric metric, int capacity) {
        this.dimension = dimension;
        this.metric = metric;
        this.capacity = capacity;
    }

    /** Neighbours per node on the upper layers, twice that on the bottom one. Default 16. */
    public VectorIndexBuilder m(int m) {
        this.m = m;
        return this;
    }

    /** How wide inserts search for neighbours. Default 200. */
    public VectorIndexBuilder efConstruction(int efConstruction) {
        this.efConstruction = efConstruction;
        return this;
    }

    /** How wide searches look when the caller gives no ef. Default 64. */
    public VectorIndexBuilder efSearch(int efSearch) {
        this.efSearch = efSearch;
        return this;
    }

    /** Threads a batch insert runs on. Default: one per processor. */
    public VectorIndexBuilder threads(int threads) {
        this.threads = threads;
        return this;
    }

    /**
     * Builds an empty index with these settings.
     *
     * @throws IllegalArgumentException if a setting is out of range
     */
    public VectorIndex build() {
        return new HnswIndex(new HnswSettings(dimension, metric, capacity, m, efConstruction, efSearch, threads));
    }
}
