package org.audioimport.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BatchFuzzTest {
    private static final int BATCHES = 120;
    private static final int DIMENSION = 8;
    private static final int CAPACITY = 700;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void randomBatchesWithInvalidItemsNeverCorruptTheIndex(long seed) throws Exception {
        SplittableRandom random = new SplittableRandom(seed);
        Metric metric = seed % 2 == 0 ? Metric.L2 : Metric.COSINE;
        VectorIndex index = VectorIndex.builder(DIMENSION, metric, CAPACITY)
                .m(6)
                .efConstruction(32)
                .threads(2)
                .build();
        Map<Long, float[]> accepted = new HashMap<>();

        for (int b = 0; b < BATCHES; b++) {
            Batch batch = randomBatch(random, metric, accepted);
            int cancelAt = random.nextInt(8) == 0 ? random.nextInt(batch.items.size() + 1) : Integer.MAX_VALUE;
            boolean fits = accepted.size() + batch.items.size() <= CAPACITY;
            int sizeBefore = index.size();
            try {
                BatchResult result = index.insertBatch(batch.items, (done, total) -> done < cancelAt);
                assertFalse(batch.broken || !fits, "accepted a batch it should refuse, batch " + b);
                for (int item = 0; item < result.inserted(); item++) {
                    accepted.put(
                            batch.items.get(item).id(), batch.items.get(item).vector());
                }
            } catch (IndexException e) {
                assertTrue(batch.broken || !fits, "refused a sound batch " + b + ": " + e.getMessage());
                assertEquals(sizeBefore, index.size());
            }
            assertEquals(accepted.size(), index.size());
            if (b % 20 == 19) {
                assertSound(index, accepted);
            }
        }
        assertSound(index, accepted);
        for (Map.Entry<Long, float[]> entry : accepted.entrySet()) {
            // The zero vector may be accepted many times under L2; the search must find each copy.
            long copies = accepted.values().stream()
                    .filter(v -> Arrays.equals(v, entry.getValue()))
                    .count();
            IndexItem item = new IndexItem(entry.getKey(), entry.getValue());
            assertTrue(SelfSearch.finds(index, item, (int) copies), "lost id " + entry.getKey());
        }
    }

    private record Batch(List<IndexItem> items, boolean broken) {}

    private static Batch randomBatch(SplittableRandom random, Metric metric, Map<Long, float[]> accepted) {
        if (random.nextInt(40) == 0) {
            return new Batch(List.of(), true);
        }
        int size = 1 + random.nextInt(30);
        List<IndexItem> items = new ArrayList<>(size);
        Set<Long> ids = new HashSet<>();
        boolean broken = false;
        for (int item = 0; item < size; item++) {
            long id = random.nextLong();
            float[] vector = randomVector(random);
            switch (random.nextInt(60)) {
                case 0 -> vector = new float[DIMENSION + 1 - 2 * random.nextInt(2)];
                case 1 -> vector[random.nextInt(DIMENSION)] = Float.NaN;
                case 2 -> vector[random.nextInt(DIMENSION)] = Float.POSITIVE_INFINITY;
                case 3 -> vector = new float[DIMENSION];
                case 4 -> {
                    if (!ids.isEmpty()) {
                        id = ids.iterator().next();
                    }
                }
                case 5 -> {
                    if (!accepted.isEmpty()) {
                        id = accepted.keySet().iterator().next();
                    }
                }
                default -> {}
            }
            boolean zeroUnderCosine = metric == Metric.COSINE && VectorStore.norm(vector) == 0;
            broken |= vector.length != DIMENSION
                    || !allFinite(vector)
                    || zeroUnderCosine
                    || !ids.add(id)
                    || accepted.containsKey(id);
            items.add(new IndexItem(id, vector));
        }
        return new Batch(items, broken);
    }

    private static float[] randomVector(SplittableRandom random) {
        float[] vector = new float[DIMENSION];
        for (int i = 0; i < DIMENSION; i++) {
            vector[i] = (float) (random.nextDouble() * 2 - 1);
        }
        return vector;
    }

    private static boolean allFinite(float[] vector) {
        for (float x : vector) {
            if (!Float.isFinite(x)) {
                return false;
            }
        }
        return true;
    }

    private static void assertSound(VectorIndex index, Map<Long, float[]> accepted) {
        GraphCheck check = index.verify();
        assertTrue(check.isSound(), check.problems()::toString);
        assertTrue(accepted.keySet().stream().allMatch(index::contains));
    }
}
