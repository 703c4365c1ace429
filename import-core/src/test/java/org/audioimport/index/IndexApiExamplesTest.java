package org.audioimport.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples of docs/index.md, as they are printed there (between the markers): they compile and run
 * here, so the page cannot drift from the API.
 */
class IndexApiExamplesTest {
    @TempDir
    Path dir;

    @Test
    void batchInsertWithProgressAndCancellation() throws Exception {
        List<IndexItem> items = items(1_000, 8);
        // docs/index.md: batch insert
        VectorIndex index = VectorIndex.builder(8, Metric.L2, 10_000).threads(2).build();
        BatchResult result = index.insertBatch(items, (done, total) -> {
            System.out.printf("%d of %d%n", done, total);
            return done < total / 2; // false cancels: the batch stops after the items in flight
        });
        switch (result) {
            case BatchResult.Completed completed -> System.out.println("all " + completed.inserted() + " in");
            case BatchResult.Cancelled cancelled ->
                System.out.println(
                        cancelled.inserted() + " of " + cancelled.requested() + " in; the rest may be sent again");
        }
        // end
        assertInstanceOf(BatchResult.Cancelled.class, result);
        assertEquals(result.inserted(), index.size());
        assertTrue(index.size() >= items.size() / 2 && index.size() < items.size(), "size " + index.size());
        for (int i = 0; i < index.size(); i++) {
            assertTrue(index.contains(items.get(i).id()), "the first inserted items are in, in batch order");
        }
    }

    @Test
    void aRefusedBatchSaysWhyAndLeavesTheIndexAsItWas() throws Exception {
        VectorIndex index = VectorIndex.builder(8, Metric.L2, 10).build();
        List<IndexItem> items = List.of(new IndexItem(1, new float[8]), new IndexItem(2, new float[3]));
        String why = "";
        // docs/index.md: refused batch
        try {
            index.insertBatch(items, BatchProgress.none());
        } catch (IndexException e) {
            why = switch (e.error()) {
                case IndexError.DimensionMismatch mismatch -> "item " + mismatch.item() + " is the wrong size";
                default -> e.getMessage();
            };
        }
        // end
        assertEquals("item 1 is the wrong size", why);
        assertEquals(0, index.size());
    }

    @Test
    void searchWithAFilter() throws Exception {
        VectorIndex index = VectorIndex.builder(8, Metric.COSINE, 1_000).build();
        index.insertBatch(items(500, 8), BatchProgress.none());
        float[] query = items(1, 8).get(0).vector();
        // docs/index.md: search with a filter
        List<Neighbour> evenOnly = index.search(query, 10, 64, id -> id % 2 == 0);
        for (Neighbour hit : evenOnly) {
            System.out.printf("%d at %.4f%n", hit.id(), hit.distance());
        }
        List<Neighbour> exact = index.exact(query, 10, id -> id % 2 == 0); // brute force, for checking
        // end
        assertEquals(10, evenOnly.size());
        assertTrue(evenOnly.stream().allMatch(hit -> hit.id() % 2 == 0));
        assertEquals(exact.get(0).id(), evenOnly.get(0).id());
    }

    @Test
    void saveAndLoad() throws Exception {
        VectorIndex index = VectorIndex.builder(8, Metric.L2, 1_000).build();
        index.insertBatch(items(100, 8), BatchProgress.none());
        Path file = dir.resolve("flavor.hnsw");
        // docs/index.md: save and load
        index.save(file, 100); // atomically: temporary file, fsync, rename
        LoadedIndex loaded = VectorIndex.loader().capacity(2_000).threads(2).load(file);
        VectorIndex again = loaded.index(); // checksummed: a damaged file throws IndexFileException
        long caughtUpTo = loaded.caughtUpMark(); // the caller's mark, handed back: 100
        GraphCheck check = again.verify();
        // end
        assertEquals(100, caughtUpTo);
        assertEquals(100, again.size());
        assertEquals(2_000, again.capacity());
        assertTrue(check.isSound(), check.toString());
    }

    private static List<IndexItem> items(int count, int dimension) {
        SplittableRandom random = new SplittableRandom(count);
        List<IndexItem> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            float[] vector = new float[dimension];
            for (int d = 0; d < dimension; d++) {
                vector[d] = (float) random.nextDouble(-1, 1);
            }
            items.add(new IndexItem(i + 1, vector));
        }
        return items;
    }
}
