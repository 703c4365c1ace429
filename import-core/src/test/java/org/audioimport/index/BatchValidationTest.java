package org.audioimport.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BatchValidationTest {
    private static final int CAPACITY = 600;

    private final TestVectors vectors = TestVectors.clustered(3);
    private VectorIndex index;
    private float[][] queries;
    private IndexSnapshot before;

    @BeforeEach
    void indexFiveHundredVectors() throws Exception {
        index = VectorIndex.builder(64, Metric.COSINE, CAPACITY)
                .efConstruction(50)
                .threads(2)
                .build();
        index.insertBatch(vectors.items(0, 500), BatchProgress.none());
        queries = vectors.next(20);
        before = IndexSnapshot.of(index, queries);
    }

    @Test
    void rejectsAnEmptyBatchAndLeavesTheIndexUnchanged() throws Exception {
        assertRejected(List.of(), new IndexError.EmptyBatch());
    }

    @Test
    void rejectsABatchWithAVectorOfTheWrongDimensionNamingItAndLeavesTheIndexUnchanged() throws Exception {
        List<IndexItem> batch = freshBatch(10);
        batch.set(4, new IndexItem(2004, new float[63]));

        assertRejected(batch, new IndexError.DimensionMismatch(4, 64, 63));
    }

    @Test
    void rejectsABatchWithANotANumberComponentAndLeavesTheIndexUnchanged() throws Exception {
        List<IndexItem> batch = freshBatch(10);
        batch.get(7).vector()[30] = Float.NaN;

        assertRejected(batch, new IndexError.InvalidVector(7, IndexError.InvalidVector.Defect.NOT_A_NUMBER));
    }

    @Test
    void rejectsABatchWithAnInfiniteComponentAndLeavesTheIndexUnchanged() throws Exception {
        List<IndexItem> batch = freshBatch(10);
        batch.get(2).vector()[0] = Float.NEGATIVE_INFINITY;

        assertRejected(batch, new IndexError.InvalidVector(2, IndexError.InvalidVector.Defect.INFINITE));
    }

    @Test
    void rejectsABatchWithAZeroVectorUnderCosineAndLeavesTheIndexUnchanged() throws Exception {
        List<IndexItem> batch = freshBatch(10);
        batch.set(9, new IndexItem(2009, new float[64]));

        assertRejected(batch, new IndexError.InvalidVector(9, IndexError.InvalidVector.Defect.ZERO_NORM));
    }

    @Test
    void acceptsAZeroVectorUnderL2() throws Exception {
        VectorIndex l2 = VectorIndex.builder(3, Metric.L2, 10).build();

        l2.insertBatch(List.of(new IndexItem(1, new float[3])), BatchProgress.none());

        assertTrue(l2.contains(1));
    }

    @Test
    void rejectsABatchThatRepeatsAnIdAndLeavesTheIndexUnchanged() throws Exception {
        List<IndexItem> batch = freshBatch(10);
        batch.set(6, new IndexItem(2003, vectors.next()));

        assertRejected(batch, new IndexError.DuplicateInBatch(6, 2003, 3));
    }

    @Test
    void rejectsABatchWithAnIdAlreadyIndexedAndLeavesTheIndexUnchanged() throws Exception {
        List<IndexItem> batch = freshBatch(10);
        batch.set(5, new IndexItem(123, vectors.next()));

        assertRejected(batch, new IndexError.AlreadyIndexed(5, 123));
    }

    @Test
    void rejectsABatchBeyondCapacityAndLeavesTheIndexUnchanged() throws Exception {
        assertRejected(freshBatch(101), new IndexError.CapacityExceeded(CAPACITY, 500, 101));
    }

    @Test
    void acceptsABatchThatFillsTheIndexExactly() throws Exception {
        BatchResult result = index.insertBatch(freshBatch(100), BatchProgress.none());

        assertEquals(new BatchResult.Completed(100), result);
        assertEquals(CAPACITY, index.size());
    }

    @Test
    void aRejectedBatchClaimsNoIdSoTheSameIdsCanBeInsertedAfterwards() throws Exception {
        List<IndexItem> batch = freshBatch(10);
        List<IndexItem> broken = new ArrayList<>(batch);
        broken.set(9, new IndexItem(9999, new float[1]));
        assertThrows(IndexException.class, () -> index.insertBatch(broken, BatchProgress.none()));

        index.insertBatch(batch, BatchProgress.none());

        assertEquals(510, index.size());
        assertTrue(index.contains(2000));
    }

    @Test
    void rejectsASingleInsertOfAnIdAlreadyIndexedAndLeavesTheIndexUnchanged() throws Exception {
        IndexException e = assertThrows(IndexException.class, () -> index.insert(42, vectors.next()));

        assertEquals(new IndexError.AlreadyIndexed(0, 42), e.error());
        assertEquals(before, IndexSnapshot.of(index, queries));
    }

    @Test
    void rejectsASingleInsertOfAnInvalidVectorAndLeavesTheIndexUnchanged() throws Exception {
        IndexException e = assertThrows(IndexException.class, () -> index.insert(7000, new float[64]));

        assertEquals(new IndexError.InvalidVector(0, IndexError.InvalidVector.Defect.ZERO_NORM), e.error());
        assertFalse(index.contains(7000));
        assertEquals(before, IndexSnapshot.of(index, queries));
    }

    private List<IndexItem> freshBatch(int count) {
        return new ArrayList<>(vectors.items(2000, count));
    }

    private void assertRejected(List<IndexItem> batch, IndexError expected) throws Exception {
        IndexException e = assertThrows(IndexException.class, () -> index.insertBatch(batch, BatchProgress.none()));

        assertEquals(expected, e.error());
        assertEquals(before, IndexSnapshot.of(index, queries));
        assertTrue(index.verify().isSound());
    }
}
