package org.audioimport.index;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/** Lends {@link SearchScratch}es to searches and inserts; it holds as many as ever ran at once. */
final class ScratchPool {
    private final ConcurrentLinkedQueue<SearchScratch> idle = new ConcurrentLinkedQueue<>();
    private final AtomicLong bytes = new AtomicLong();
    private final int capacity;
    private final int m;
    private final int efConstruction;

    ScratchPool(int capacity, int m, int efConstruction) {
        this.capacity = capacity;
        this.m = m;
        this.efConstruction = efConstruction;
    }

    SearchScratch borrow() {
        SearchScratch scratch = idle.poll();
        if (scratch == null) {
            scratch = new SearchScratch(capacity, m, efConstruction);
            bytes.addAndGet(scratch.bytes());
        }
        return scratch;
    }

    void giveBack(SearchScratch scratch) {
        idle.offer(scratch);
    }

    /** The memory of the scratches made so far, as they were made; heaps that grew since are not counted. */
    long bytes() {
        return bytes.get();
    }
}
