package org.audioimport.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Where a run's CPU time went, summed over all workers: the decode itself, each phase, hashing, tags
 * and the write. It counts the worker thread's CPU time, not the wall clock: with more workers than
 * cores, wall time would include the time a thread waited for a core (or for the writer's turn).
 * Workers add to it concurrently; LongAdder keeps that cheap on the hot path.
 */
final class WorkClock {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** The parts of a file's processing that are timed. */
    enum Part {
        HASH,
        DECODE,
        FINGERPRINT,
        SEGMENT,
        ANALYZE,
        FLAVOR,
        TAGS,
        WRITE
    }

    private final Map<Part, LongAdder> nanos = new EnumMap<>(Part.class);

    WorkClock() {
        for (Part part : Part.values()) {
            nanos.put(part, new LongAdder());
        }
    }

    /** The calling thread's CPU time so far, in nanoseconds: what every measurement here subtracts. */
    static long now() {
        return THREADS.getCurrentThreadCpuTime();
    }

    void add(Part part, long elapsedNanos) {
        nanos.get(part).add(elapsedNanos);
    }

    /** Seconds by part, in the order the parts run. */
    Map<String, Double> seconds() {
        Map<String, Double> seconds = new java.util.LinkedHashMap<>();
        nanos.forEach((part, sum) -> seconds.put(part.name().toLowerCase(java.util.Locale.ROOT), sum.sum() / 1e9));
        return seconds;
    }
}
