package org.audioimport.index;

/** How a batch insert that passed its checks ended. */
public sealed interface BatchResult {

    /** How many items of the batch are now in the index. */
    int inserted();

    /** Every item is in the index. */
    record Completed(int inserted) implements BatchResult {}

    /**
     * The progress listener cancelled the batch, or the calling thread was interrupted (its interrupt
     * flag stays set). The first {@code inserted} items of the batch, in batch order, are in the index,
     * fully linked and searchable; the other items are not, and their ids are free to insert again.
     */
    record Cancelled(int inserted, int requested) implements BatchResult {}
}
