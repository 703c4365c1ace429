package org.audioimport.bench;

import java.util.List;
import java.util.Objects;

/**
 * What the index benchmark builds and asks. M and efConstruction are the index's defaults and are not
 * settings: the benchmark measures the index as the import uses it.
 *
 * @param vectors how many vectors both builds insert
 * @param dimension floats per vector
 * @param queries held-out query vectors, not in the index, each with its brute-force top {@link #K}
 * @param efs the search widths to measure recall and latency at
 * @param threads the batch insert's threads
 * @param seed decides the vectors, the queries and Lucene's levels
 */
public record IndexBenchSettings(int vectors, int dimension, int queries, List<Integer> efs, int threads, long seed) {

    /** Neighbours per query that recall is measured on. */
    public static final int K = 10;

    public static final int M = 16;
    public static final int EF_CONSTRUCTION = 200;
    /** Lucene's own limit on a vector field's dimension; the benchmark keeps to it for a like-for-like run. */
    public static final int MAX_DIMENSION = 1024;

    private static final long MAX_FLOATS = Integer.MAX_VALUE - 8;

    /** @throws IllegalArgumentException naming the setting that is out of range */
    public IndexBenchSettings {
        efs = List.copyOf(Objects.requireNonNull(efs, "efs"));
        atLeast("vectors", vectors, K);
        atLeast("dimension", dimension, 1);
        if (dimension > MAX_DIMENSION) {
            throw new IllegalArgumentException("dimension must be at most " + MAX_DIMENSION + ", not " + dimension);
        }
        if ((long) vectors * dimension > MAX_FLOATS) {
            throw new IllegalArgumentException(vectors + " vectors of " + dimension
                    + " floats do not fit in one array; use fewer vectors or a smaller dimension");
        }
        atLeast("queries", queries, 1);
        atLeast("threads", threads, 1);
        if (efs.isEmpty()) {
            throw new IllegalArgumentException("ef needs at least one value");
        }
        for (int ef : efs) {
            atLeast("ef", ef, K);
        }
    }

    private static void atLeast(String name, int value, int least) {
        if (value < least) {
            throw new IllegalArgumentException(name + " must be at least " + least + ", not " + value);
        }
    }
}
