package org.audioimport.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * The Java heap one build costs, from {@link #start} to {@link #stop}: the bytes every thread allocated
 * (HotSpot's count, dead threads included), the most the heap held above where it started (the sum of the
 * heap pools' peaks, so an upper bound: the pools need not peak at once), and what stays reachable after a
 * full collection. A collection before the start makes the starting point the live data alone.
 */
final class HeapMeter {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private final long usedAtStart;
    private final long allocatedAtStart;

    private HeapMeter() {
        this.usedAtStart = heapUsed();
        this.allocatedAtStart = THREADS.getTotalThreadAllocatedBytes();
    }

    static HeapMeter start() {
        System.gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
        return new HeapMeter();
    }

    /** Ends the measure; what the build made must still be reachable by the caller. */
    BuildMemory stop() {
        long allocated = THREADS.getTotalThreadAllocatedBytes() - allocatedAtStart;
        long peak = heapPools().stream()
                        .mapToLong(pool -> pool.getPeakUsage().getUsed())
                        .sum()
                - usedAtStart;
        System.gc();
        return new BuildMemory(allocated, peak, heapUsed() - usedAtStart);
    }

    private static long heapUsed() {
        return heapPools().stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isValid())
                .toList();
    }
}
