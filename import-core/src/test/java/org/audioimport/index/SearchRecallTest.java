package org.audioimport.index;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SearchRecallTest {
    private static final int VECTORS = 10_000;
    private static final int QUERIES = 200;
    private static final int K = 10;

    @ParameterizedTest
    @EnumSource(Metric.class)
    void findsNinetyFivePercentOfTheTrueTopTenOnTenThousandClusteredVectors(Metric metric) throws Exception {
        TestVectors vectors = TestVectors.clustered(7);
        VectorIndex index = VectorIndex.builder(64, metric, VECTORS)
                .efConstruction(100)
                .threads(2)
                .build();
        index.insertBatch(vectors.items(0, VECTORS), BatchProgress.none());

        int found = 0;
        for (float[] query : vectors.next(QUERIES)) {
            Set<Long> truth = ids(index.exact(query, K, id -> true));
            for (Neighbour neighbour : index.search(query, K, 64, id -> true)) {
                if (truth.contains(neighbour.id())) {
                    found++;
                }
            }
        }
        double recall = found / (double) (QUERIES * K);
        assertTrue(recall >= 0.95, "recall@10 was " + recall);
    }

    private static Set<Long> ids(List<Neighbour> neighbours) {
        return neighbours.stream().map(Neighbour::id).collect(Collectors.toSet());
    }
}
