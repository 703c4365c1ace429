package org.audioimport.index;

/**
 * The vectors, one after another in a single float array indexed by node, and the distance between
 * them. Under cosine the stored vectors are unit length, so the distance is one minus a dot product. The
 * loops are the {@link DistanceKernel} this JVM runs fastest: SIMD through the Vector API when the JVM has
 * it, else scalar.
 */
final class VectorStore {
    /** Chosen once per JVM: a constant the JIT can inline into the search loops. */
    private static final DistanceKernel KERNEL = DistanceKernel.best();

    private final int dimension;
    private final boolean cosine;
    private final float[] data;

    VectorStore(Metric metric, int dimension, int capacity) {
        this.dimension = dimension;
        this.cosine = metric == Metric.COSINE;
        this.data = new float[capacity * dimension];
    }

    /** The distance loops this JVM runs, in words. */
    static String kernel() {
        return KERNEL.toString();
    }

    int dimension() {
        return dimension;
    }

    float[] data() {
        return data;
    }

    int offset(int node) {
        return node * dimension;
    }

    /** Stores a checked vector at {@code node}, normalised under cosine. */
    void put(int node, float[] vector) {
        int offset = node * dimension;
        if (cosine) {
            double norm = norm(vector);
            for (int i = 0; i < dimension; i++) {
                data[offset + i] = (float) (vector[i] / norm);
            }
        } else {
            System.arraycopy(vector, 0, data, offset, dimension);
        }
    }

    /** Stores a vector exactly as given: one this store normalised before, read back from a file. */
    void putAsIs(int node, float[] vector) {
        System.arraycopy(vector, 0, data, node * dimension, dimension);
    }

    /** A checked query as the index compares it: a normalised copy under cosine, else itself. */
    float[] query(float[] vector) {
        if (!cosine) {
            return vector;
        }
        double norm = norm(vector);
        float[] unit = new float[dimension];
        for (int i = 0; i < dimension; i++) {
            unit[i] = (float) (vector[i] / norm);
        }
        return unit;
    }

    /** The distance from the vector at {@code q[qOffset..]} to the one at {@code node}. */
    float distance(float[] q, int qOffset, int node) {
        int offset = node * dimension;
        return cosine
                ? 1f - KERNEL.dot(q, qOffset, data, offset, dimension)
                : KERNEL.squaredL2(q, qOffset, data, offset, dimension);
    }

    /** Reads one float from each 64-byte cache line the vector of {@code node} spans; returns their sum. */
    float touch(int node) {
        int offset = node * dimension;
        float sum = data[offset + dimension - 1];
        for (int i = 0; i < dimension; i += 16) {
            sum += data[offset + i];
        }
        return sum;
    }

    float distance(int a, int b) {
        return distance(data, a * dimension, b);
    }

    static double norm(float[] vector) {
        double sum = 0;
        for (float x : vector) {
            sum += (double) x * x;
        }
        return Math.sqrt(sum);
    }
}
