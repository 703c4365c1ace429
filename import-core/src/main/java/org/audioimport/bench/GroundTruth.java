package org.audioimport.bench;

import java.util.stream.IntStream;

/**
 * The true nearest neighbours of each query by squared Euclidean distance, found by comparing it with
 * every vector. Computed apart from the index under test, so a fault in the index cannot hide in its
 * own answer key.
 */
final class GroundTruth {
    private GroundTruth() {}

    /** For each query, the positions in {@code vectors} of its {@code k} nearest, nearest first. */
    static int[][] nearest(float[][] vectors, float[][] queries, int k) {
        // Queries are independent: spread them over the processors, it is the one step nobody times.
        return IntStream.range(0, queries.length)
                .parallel()
                .mapToObj(q -> nearest(vectors, queries[q], k))
                .toArray(int[][]::new);
    }

    private static int[] nearest(float[][] vectors, float[] query, int k) {
        int size = Math.min(k, vectors.length);
        int[] best = new int[size];
        float[] bestDistance = new float[size];
        int found = 0;
        for (int i = 0; i < vectors.length; i++) {
            float distance = squaredL2(vectors[i], query);
            if (found < size) {
                found++;
            } else if (distance >= bestDistance[size - 1]) {
                continue;
            }
            // Insertion into a short sorted list: k is 10, so this beats a heap and keeps the order.
            int at = found - 1;
            while (at > 0 && bestDistance[at - 1] > distance) {
                best[at] = best[at - 1];
                bestDistance[at] = bestDistance[at - 1];
                at--;
            }
            best[at] = i;
            bestDistance[at] = distance;
        }
        return best;
    }

    private static float squaredL2(float[] a, float[] b) {
        float sum = 0;
        for (int i = 0; i < a.length; i++) {
            float d = a[i] - b[i];
            sum += d * d;
        }
        return sum;
    }
}
