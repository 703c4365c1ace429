package org.audioimport.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GraphMemoryTest {

    @Test
    void graphBytesLeaveOutTheVectors() throws Exception {
        assertEquals(indexOf(8).graphBytes(), indexOf(256).graphBytes());
    }

    @Test
    void aGraphOfAHundredThousandNodesAtMSixteenTakesAtMostThirtyTwoMegabytes() throws Exception {
        // The graph's size hangs on m and the node count, not on efConstruction: a small one keeps this quick.
        VectorIndex index = VectorIndex.builder(2, Metric.L2, 100_000)
                .m(16)
                .efConstruction(8)
                .threads(2)
                .build();
        SplittableRandom random = new SplittableRandom(4);
        List<IndexItem> items = new ArrayList<>();
        for (int id = 0; id < 100_000; id++) {
            items.add(new IndexItem(id, new float[] {random.nextFloat(), random.nextFloat()}));
        }
        index.insertBatch(items, BatchProgress.none());

        assertTrue(index.graphBytes() <= 32L << 20, index.graphBytes() + " bytes");
    }

    private static VectorIndex indexOf(int dimension) throws IndexException {
        VectorIndex index =
                VectorIndex.builder(dimension, Metric.L2, 1_000).threads(1).build();
        for (int id = 0; id < 100; id++) {
            float[] vector = new float[dimension];
            vector[id % dimension] = id;
            index.insert(id, vector);
        }
        return index;
    }
}
