package org.audioimport.index;

/**
 * The vectors, one after another in a single float array indexed by node, and the distance between
 * them. Under cosine the stored vectors are unit length, so the distance is one minus a dot product.
 */
final class VectorStore {
    private final int dimension;
    private final boolean cosine;
    private final float[] data;

    VectorStore(Metric metric, int dimension, int capacity) {
        this.dimension = dimension;
        this.cosine = metric == Metric.COSINE;
        this.data = new float[capacity * dimension];
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
        return cosine ? 1f - dot(q, qOffset, data, offset, dimension) : squaredL2(q, qOffset, data, offset, dimension);
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

    // Four running sums break the dependency between iterations, which the JIT can then pipeline.
    private static float dot(float[] a, int aOffset, float[] b, int bOffset, int length) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int i = 0;
        for (; i + 3 < length; i += 4) {
            s0 += a[aOffset + i] * b[bOffset + i];
            s1 += a[aOffset + i + 1] * b[bOffset + i + 1];
            s2 += a[aOffset + i + 2] * b[bOffset + i + 2];
            s3 += a[aOffset + i + 3] * b[bOffset + i + 3];
        }
        for (; i < length; i++) {
            s0 += a[aOffset + i] * b[bOffset + i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    private static float squaredL2(float[] a, int aOffset, float[] b, int bOffset, int length) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int i = 0;
        for (; i + 3 < length; i += 4) {
            float d0 = a[aOffset + i] - b[bOffset + i];
            float d1 = a[aOffset + i + 1] - b[bOffset + i + 1];
            float d2 = a[aOffset + i + 2] - b[bOffset + i + 2];
            float d3 = a[aOffset + i + 3] - b[bOffset + i + 3];
            s0 += d0 * d0;
            s1 += d1 * d1;
            s2 += d2 * d2;
            s3 += d3 * d3;
        }
        for (; i < length; i++) {
            float d = a[aOffset + i] - b[bOffset + i];
            s0 += d * d;
        }
        return (s0 + s1) + (s2 + s3);
    }
}
