package org.audioimport.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ConcurrentInsertStressTest {
    private static final int BATCHES = 3;
    private static final int BATCH_SIZE = 2_000;
    private static final int SINGLE_INSERTERS = 2;
    private static final int SINGLES_EACH = 800;
    private static final int QUERIERS = 2;

    @Test
    void singleInsertsAndQueriesRunWhileBatchesInsertWithoutDeadlockOrLostNodes() {
        // The timeout only guards against a deadlock; the test asserts nothing about speed.
        assertTimeoutPreemptively(Duration.ofSeconds(60), this::insertAndQueryAtOnce);
    }

    private void insertAndQueryAtOnce() throws Exception {
        TestVectors vectors = TestVectors.clustered(13);
        List<IndexItem> batched = vectors.items(0, BATCHES * BATCH_SIZE);
        List<List<IndexItem>> singles = new ArrayList<>();
        for (int inserter = 0; inserter < SINGLE_INSERTERS; inserter++) {
            singles.add(vectors.items(1_000_000L * (inserter + 1), SINGLES_EACH));
        }
        int total = batched.size() + SINGLE_INSERTERS * SINGLES_EACH;
        VectorIndex index = VectorIndex.builder(64, Metric.COSINE, total)
                .efConstruction(64)
                .threads(2)
                .build();
        AtomicBoolean inserting = new AtomicBoolean(true);

        ExecutorService threads = Executors.newFixedThreadPool(1 + SINGLE_INSERTERS + QUERIERS);
        try {
            List<Future<?>> inserters = new ArrayList<>();
            inserters.add(threads.submit(() -> {
                for (int b = 0; b < BATCHES; b++) {
                    List<IndexItem> batch = batched.subList(b * BATCH_SIZE, (b + 1) * BATCH_SIZE);
                    assertEquals(new BatchResult.Completed(BATCH_SIZE), index.insertBatch(batch, BatchProgress.none()));
                }
                return null;
            }));
            for (List<IndexItem> mine : singles) {
                inserters.add(threads.submit(() -> {
                    for (IndexItem item : mine) {
                        index.insert(item.id(), item.vector());
                    }
                    return null;
                }));
            }
            List<Future<Integer>> queriers = new ArrayList<>();
            for (int querier = 0; querier < QUERIERS; querier++) {
                long seed = querier;
                queriers.add(threads.submit(() -> queryWhile(inserting, index, vectors.next(50), seed)));
            }
            for (Future<?> inserter : inserters) {
                inserter.get();
            }
            inserting.set(false);
            for (Future<Integer> querier : queriers) {
                assertTrue(querier.get() > 0);
            }
        } finally {
            threads.shutdownNow();
        }

        assertEquals(total, index.size());
        GraphCheck check = index.verify();
        assertTrue(check.isSound(), check.problems()::toString);
        List<IndexItem> all = new ArrayList<>(batched);
        singles.forEach(all::addAll);
        assertEquals(List.of(), SelfSearch.lost(index, all), "ids not found by their own vector");
    }

    /** Searches until the inserts finish, now and then checking the graph in between; returns how many searches. */
    private static int queryWhile(AtomicBoolean inserting, VectorIndex index, float[][] queries, long seed)
            throws IndexException {
        SplittableRandom random = new SplittableRandom(seed);
        int searches = 0;
        while (inserting.get() || searches == 0) {
            List<Neighbour> found = index.search(queries[random.nextInt(queries.length)], 10);
            for (int i = 1; i < found.size(); i++) {
                assertTrue(found.get(i - 1).distance() <= found.get(i).distance(), "results out of order");
            }
            if (++searches % 200 == 0) {
                GraphCheck check = index.verify();
                assertTrue(check.isSound(), check.problems()::toString);
            }
        }
        return searches;
    }
}
