package org.audioimport.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Comparator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GroundTruthTest {

    @Test
    void findsTheSameNeighboursInTheSameOrderAsSortingEveryDistance() {
        float[][] vectors = ClusteredVectors.generate(500, 6, 5);
        float[][] queries = ClusteredVectors.generate(20, 6, 6);

        int[][] truth = GroundTruth.nearest(vectors, queries, 10);

        for (int q = 0; q < queries.length; q++) {
            float[] query = queries[q];
            int[] sorted = IntStream.range(0, vectors.length)
                    .boxed()
                    .sorted(Comparator.comparingDouble(i -> distance(vectors[i], query)))
                    .limit(10)
                    .mapToInt(Integer::intValue)
                    .toArray();
            assertArrayEquals(sorted, truth[q], "query " + q);
        }
    }

    @Test
    void aQueryThatIsInTheSetFindsItselfFirst() {
        float[][] vectors = ClusteredVectors.generate(100, 4, 9);

        int[][] truth = GroundTruth.nearest(vectors, new float[][] {vectors[37]}, 3);

        assertEquals(37, truth[0][0]);
    }

    private static double distance(float[] a, float[] b) {
        float sum = 0;
        for (int i = 0; i < a.length; i++) {
            float d = a[i] - b[i];
            sum += d * d;
        }
        return sum;
    }
}
