package org.audioimport.index;

/**
 * Why the index refused an insert or a query. Every kind but {@link Internal} is found before anything
 * is inserted, so a refused batch leaves the index as it was. {@code item} is the position in the batch,
 * 0 for a single vector.
 */
public sealed interface IndexError {

    /** The problem in words a user understands. */
    String describe();

    /** A batch with no items. */
    record EmptyBatch() implements IndexError {
        @Override
        public String describe() {
            return "the batch is empty";
        }
    }

    /** A vector whose length is not the index's dimension. */
    record DimensionMismatch(int item, int expected, int actual) implements IndexError {
        @Override
        public String describe() {
            return "item " + item + " has " + actual + " dimensions; the index holds " + expected;
        }
    }

    /** A vector the metric cannot measure. */
    record InvalidVector(int item, Defect defect) implements IndexError {
        /** What is wrong with the vector. */
        public enum Defect {
            NOT_A_NUMBER,
            INFINITE,
            ZERO_NORM
        }

        @Override
        public String describe() {
            return switch (defect) {
                case NOT_A_NUMBER -> "item " + item + " has a NaN component";
                case INFINITE -> "item " + item + " has an infinite component";
                case ZERO_NORM -> "item " + item + " is a zero vector, which has no direction for cosine";
            };
        }
    }

    /** Two items of one batch carry the same id. */
    record DuplicateInBatch(int item, long id, int firstItem) implements IndexError {
        @Override
        public String describe() {
            return "item " + item + " repeats id " + id + " of item " + firstItem;
        }
    }

    /** An item's id is in the index already, or another insert running now is adding it. */
    record AlreadyIndexed(int item, long id) implements IndexError {
        @Override
        public String describe() {
            return "item " + item + " has id " + id + ", which is already indexed";
        }
    }

    /** The batch would take the index past its capacity. */
    record CapacityExceeded(int capacity, int used, int requested) implements IndexError {
        @Override
        public String describe() {
            return requested + " more vectors do not fit: " + used + " of " + capacity + " places are taken";
        }
    }

    /**
     * A bug in the index stopped an insert part way. Items inserted before it stay; run
     * {@code verify()}, or rebuild the index, before trusting it again.
     */
    record Internal(String detail) implements IndexError {
        @Override
        public String describe() {
            return "internal error in the index: " + detail;
        }
    }
}
