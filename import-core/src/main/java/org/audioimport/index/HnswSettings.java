package org.audioimport.index;

import java.util.Objects;

/** The settings of one index; invalid settings are a programming error. */
record HnswSettings(int dimension, Metric metric, int capacity, int m, int efConstruction, int efSearch, int threads) {

    static final int DEFAULT_M = 16;
    static final int DEFAULT_EF_CONSTRUCTION = 200;
    static final int DEFAULT_EF_SEARCH = 64;
    private static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

    HnswSettings {
        Objects.requireNonNull(metric, "metric");
        positive("dimension", dimension);
        positive("capacity", capacity);
        positive("efConstruction", efConstruction);
        positive("efSearch", efSearch);
        positive("threads", threads);
        if (m < 2 || m > 1024) {
            throw new IllegalArgumentException("m must be between 2 and 1024, not " + m);
        }
        if ((long) capacity * dimension > MAX_ARRAY || (long) capacity * (2L * m + 1) > MAX_ARRAY) {
            throw new IllegalArgumentException(
                    "capacity " + capacity + " is too large for dimension " + dimension + " and m " + m);
        }
    }

    int maxDegree0() {
        return 2 * m;
    }

    HnswSettings withRuntime(int capacity, int efSearch, int threads) {
        return new HnswSettings(dimension, metric, capacity, m, efConstruction, efSearch, threads);
    }

    /** @throws IllegalArgumentException if {@code value} is below 1 */
    static int positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be positive, not " + value);
        }
        return value;
    }
}
