package org.audioimport.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Graphs whose lists overflow and get pruned all the time, where the invariants are most at risk. */
class GraphBuildTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void aGraphBuiltWithSmallMKeepsItsInvariants(int threads) throws Exception {
        VectorIndex index = VectorIndex.builder(8, Metric.L2, 4_000)
                .m(2)
                .efConstruction(20)
                .threads(threads)
                .build();

        index.insertBatch(new TestVectors(8, 20, 0.2f, 21).items(0, 4_000), BatchProgress.none());

        GraphCheck check = index.verify();
        assertTrue(check.isSound(), check.problems()::toString);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void everyNodeOfAGraphOfTightClustersIsFoundByItsOwnVector(int threads) throws Exception {
        VectorIndex index = VectorIndex.builder(8, Metric.L2, 4_000)
                .m(8)
                .efConstruction(100)
                .threads(threads)
                .build();
        List<IndexItem> items = new TestVectors(8, 20, 0.2f, 22).items(0, 4_000);

        index.insertBatch(items, BatchProgress.none());

        assertEquals(List.of(), SelfSearch.lost(index, items));
    }
}
