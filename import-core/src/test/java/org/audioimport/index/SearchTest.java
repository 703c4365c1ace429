package org.audioimport.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTest {

    @Test
    void returnsTheNearestFirstWithSquaredEuclideanDistancesUnderL2() throws Exception {
        VectorIndex index = VectorIndex.builder(2, Metric.L2, 10).build();
        index.insert(1, new float[] {0, 0});
        index.insert(2, new float[] {3, 4});
        index.insert(3, new float[] {1, 0});

        List<Neighbour> nearest = index.search(new float[] {0, 0}, 3);

        assertEquals(List.of(new Neighbour(1, 0), new Neighbour(3, 1), new Neighbour(2, 25)), nearest);
    }

    @Test
    void measuresCosineByAngleAloneWhateverTheLength() throws Exception {
        VectorIndex index = VectorIndex.builder(2, Metric.COSINE, 10).build();
        index.insert(1, new float[] {1, 0});
        index.insert(2, new float[] {0, 5});

        List<Neighbour> nearest = index.search(new float[] {3, 3}, 2);

        assertEquals(2, nearest.size());
        assertEquals(1 - Math.sqrt(0.5), nearest.get(0).distance(), 1e-6);
        assertEquals(1 - Math.sqrt(0.5), nearest.get(1).distance(), 1e-6);
        assertEquals(0, index.search(new float[] {0, 0.001f}, 1).get(0).distance(), 1e-6);
    }

    @Test
    void searchOfAnEmptyIndexFindsNothing() throws Exception {
        VectorIndex index = VectorIndex.builder(4, Metric.COSINE, 10).build();

        assertEquals(List.of(), index.search(new float[] {1, 2, 3, 4}, 5));
    }

    @Test
    void returnsFewerThanKWhenTheIndexHoldsFewer() throws Exception {
        VectorIndex index = VectorIndex.builder(2, Metric.L2, 10).build();
        index.insert(1, new float[] {0, 0});
        index.insert(2, new float[] {1, 1});

        assertEquals(2, index.search(new float[] {0, 0}, 10).size());
    }

    @Test
    void filterKeepsOnlyTheIdsItAcceptsAndStillFindsTheNearestOfThem() throws Exception {
        TestVectors vectors = TestVectors.clustered(11);
        VectorIndex index = VectorIndex.builder(64, Metric.COSINE, 2_000)
                .efConstruction(100)
                .threads(1)
                .build();
        index.insertBatch(vectors.items(0, 2_000), BatchProgress.none());
        float[] query = vectors.next();

        List<Neighbour> filtered = index.search(query, 10, 400, id -> id % 7 == 0);

        assertTrue(filtered.stream().allMatch(n -> n.id() % 7 == 0), filtered::toString);
        assertEquals(index.exact(query, 10, id -> id % 7 == 0), filtered);
    }

    @Test
    void exactComparesWithEveryVector() throws Exception {
        VectorIndex index = VectorIndex.builder(1, Metric.L2, 10).build();
        for (int id = 0; id < 10; id++) {
            index.insert(id, new float[] {id});
        }

        List<Neighbour> nearest = index.exact(new float[] {6.2f}, 3, id -> id != 6);

        assertEquals(List.of(7L, 5L, 8L), nearest.stream().map(Neighbour::id).toList());
    }

    @Test
    void exactWithKBeyondTheSizeReturnsEveryVector() throws Exception {
        VectorIndex index = VectorIndex.builder(1, Metric.L2, 10).build();
        for (int id = 0; id < 4; id++) {
            index.insert(id, new float[] {id});
        }

        assertEquals(
                4, index.exact(new float[] {0}, Integer.MAX_VALUE, id -> true).size());
    }

    @Test
    void rejectsAQueryOfTheWrongDimension() {
        VectorIndex index = VectorIndex.builder(4, Metric.COSINE, 10).build();

        IndexException e = assertThrows(IndexException.class, () -> index.search(new float[] {1, 2}, 5));

        assertEquals(new IndexError.DimensionMismatch(0, 4, 2), e.error());
    }

    @Test
    void rejectsAQueryThatIsNotANumber() {
        VectorIndex index = VectorIndex.builder(2, Metric.L2, 10).build();

        IndexException e = assertThrows(IndexException.class, () -> index.search(new float[] {1, Float.NaN}, 5));

        IndexError.InvalidVector invalid = assertInstanceOf(IndexError.InvalidVector.class, e.error());
        assertEquals(IndexError.InvalidVector.Defect.NOT_A_NUMBER, invalid.defect());
    }
}
