package org.audioimport.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BatchProgressTest {
    private final TestVectors vectors = TestVectors.clustered(5);

    private record Call(int done, int total, Thread thread) {}

    @Test
    void reportsZeroFirstThenEachTenthThenTheTotalAllFromTheCallingThread() throws Exception {
        VectorIndex index = newIndex(1_000);
        List<Call> calls = new ArrayList<>();

        index.insertBatch(
                vectors.items(0, 1_000), (done, total) -> calls.add(new Call(done, total, Thread.currentThread())));

        assertEquals(
                List.of(0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1_000),
                calls.stream().map(Call::done).toList());
        assertTrue(calls.stream().allMatch(call -> call.total() == 1_000));
        assertTrue(calls.stream().allMatch(call -> call.thread() == Thread.currentThread()));
    }

    @Test
    void reportsRisingCountsNeverMoreThanATenthApartWhenTheBatchDoesNotDivideByTen() throws Exception {
        VectorIndex index = newIndex(1_003);
        List<Integer> done = new ArrayList<>();

        index.insertBatch(vectors.items(0, 1_003), (count, total) -> done.add(count));

        assertEquals(0, done.getFirst());
        assertEquals(1_003, done.getLast());
        for (int i = 1; i < done.size(); i++) {
            int step = done.get(i) - done.get(i - 1);
            assertTrue(step > 0 && step <= 101, "steps " + done);
        }
    }

    @Test
    void aBatchOfThreeHearsEachCountOnce() throws Exception {
        VectorIndex index = newIndex(3);
        List<Integer> done = new ArrayList<>();

        index.insertBatch(vectors.items(0, 3), (count, total) -> done.add(count));

        assertEquals(List.of(0, 1, 2, 3), done);
    }

    @Test
    void cancellingKeepsAFullyLinkedPrefixOfTheBatchAndFreesTheRest() throws Exception {
        // Cancelled at the first tenth; the batch is large so that the workers, which go on while the
        // listener returns, cannot finish it first however the threads are scheduled.
        int size = 20_000;
        VectorIndex index = newIndex(size);
        List<IndexItem> batch = vectors.items(0, size);

        BatchResult result = index.insertBatch(batch, (done, total) -> done < total / 10);

        BatchResult.Cancelled cancelled = assertInstanceOf(BatchResult.Cancelled.class, result);
        int inserted = cancelled.inserted();
        assertEquals(size, cancelled.requested());
        assertTrue(inserted >= size / 10 && inserted < size, "inserted " + inserted);
        assertEquals(inserted, index.size());
        assertTrue(IntStream.range(0, inserted)
                .allMatch(item -> index.contains(batch.get(item).id())));
        assertTrue(IntStream.range(inserted, size)
                .noneMatch(item -> index.contains(batch.get(item).id())));
        GraphCheck check = index.verify();
        assertTrue(check.isSound(), check.problems()::toString);
        assertEquals(List.of(), SelfSearch.lost(index, batch.subList(0, inserted)));
        List<IndexItem> rest = batch.subList(inserted, inserted + 100);
        assertEquals(new BatchResult.Completed(100), index.insertBatch(rest, BatchProgress.none()));
    }

    @Test
    void cancellingAtZeroInsertsNothing() throws Exception {
        VectorIndex index = newIndex(100);

        BatchResult result = index.insertBatch(vectors.items(0, 100), (done, total) -> false);

        assertEquals(new BatchResult.Cancelled(0, 100), result);
        assertEquals(0, index.size());
        assertFalse(index.contains(0));
    }

    @Test
    void anInterruptedCallerCancelsTheBatchAndKeepsItsInterruptFlag() throws Exception {
        VectorIndex index = newIndex(100);

        Thread.currentThread().interrupt();
        BatchResult result = index.insertBatch(vectors.items(0, 100), BatchProgress.none());

        assertTrue(Thread.interrupted());
        assertEquals(new BatchResult.Cancelled(0, 100), result);
        assertEquals(0, index.size());
    }

    private static VectorIndex newIndex(int capacity) {
        return VectorIndex.builder(64, Metric.COSINE, capacity)
                .efConstruction(50)
                .threads(2)
                .build();
    }
}
