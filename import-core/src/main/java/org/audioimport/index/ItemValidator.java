package org.audioimport.index;

import java.util.List;

/** Checks vectors and batches against the index's dimension and metric before anything is inserted. */
final class ItemValidator {
    private final int dimension;
    private final boolean cosine;

    ItemValidator(int dimension, Metric metric) {
        this.dimension = dimension;
        this.cosine = metric == Metric.COSINE;
    }

    /**
     * Checks every item of a batch and that no id repeats in it.
     *
     * @return the items' ids, in batch order
     */
    long[] checkBatch(List<IndexItem> items) throws IndexException {
        if (items.isEmpty()) {
            throw new IndexException(new IndexError.EmptyBatch());
        }
        long[] ids = new long[items.size()];
        LongIntMap firstItemOfId = new LongIntMap(ids.length);
        for (int item = 0; item < ids.length; item++) {
            IndexItem current = items.get(item);
            checkVector(item, current.vector());
            long id = current.id();
            int first = firstItemOfId.get(id);
            if (first != LongIntMap.MISSING) {
                throw new IndexException(new IndexError.DuplicateInBatch(item, id, first));
            }
            firstItemOfId.put(id, item);
            ids[item] = id;
        }
        return ids;
    }

    void checkVector(int item, float[] vector) throws IndexException {
        if (vector.length != dimension) {
            throw new IndexException(new IndexError.DimensionMismatch(item, dimension, vector.length));
        }
        for (float x : vector) {
            if (Float.isNaN(x)) {
                throw invalid(item, IndexError.InvalidVector.Defect.NOT_A_NUMBER);
            }
            if (Float.isInfinite(x)) {
                throw invalid(item, IndexError.InvalidVector.Defect.INFINITE);
            }
        }
        if (cosine && VectorStore.norm(vector) == 0) {
            throw invalid(item, IndexError.InvalidVector.Defect.ZERO_NORM);
        }
    }

    private static IndexException invalid(int item, IndexError.InvalidVector.Defect defect) {
        return new IndexException(new IndexError.InvalidVector(item, defect));
    }
}
