package org.audioimport.index;

/**
 * Hears how far a batch insert has got, and may cancel it.
 *
 * <p>The index calls it from the thread that called {@code insertBatch}, never from two threads, with
 * {@code done} rising strictly: first 0, then each tenth of the batch (rounded up) once at least that
 * many items are in, the last call being {@code total}. Small batches repeat no value, so a batch of
 * three hears 0, 1, 2, 3.
 */
@FunctionalInterface
public interface BatchProgress {

    /**
     * Says whether the batch goes on after {@code done} of {@code total} items.
     *
     * @return true to go on; false to cancel the batch. Cancelling stops the batch after the items in
     *     flight, see {@link BatchResult.Cancelled}; at {@code done == total} there is nothing left to stop.
     */
    boolean proceed(int done, int total);

    /** Listens to nothing and never cancels. */
    static BatchProgress none() {
        return (done, total) -> true;
    }
}
