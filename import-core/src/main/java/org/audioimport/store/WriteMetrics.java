package org.audioimport.store;

import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import org.HdrHistogram.Histogram;

/**
 * Counts write transactions, their hold time (from the moment the write lock is held to the end of
 * COMMIT) and the time spent waiting for that lock. HdrHistogram gives exact-enough percentiles in
 * fixed memory, so the counts stay cheap however many files a run writes.
 */
final class WriteMetrics {
    private static final long MAX_TRACKED_MICROS = TimeUnit.MINUTES.toMicros(10);

    private final Histogram holdMicros = new Histogram(MAX_TRACKED_MICROS, 3);
    private long transactions;
    private long lockWaitNanos;
    /** Told each transaction's hold time as well, e.g. by the daemon's metrics; nobody by default. */
    private volatile LongConsumer holdObserver = holdNanos -> {};

    void observeHoldTimes(LongConsumer observer) {
        holdObserver = observer;
    }

    synchronized void recordTransaction(long holdNanos) {
        holdObserver.accept(holdNanos);
        transactions++;
        holdMicros.recordValue(Math.min(MAX_TRACKED_MICROS, TimeUnit.NANOSECONDS.toMicros(holdNanos)));
    }

    synchronized void recordLockWait(long nanos) {
        lockWaitNanos += nanos;
    }

    synchronized WriteStats snapshot(long busyRetries) {
        return new WriteStats(
                transactions,
                transactions == 0 ? 0 : holdMicros.getValueAtPercentile(50) / 1000.0,
                transactions == 0 ? 0 : holdMicros.getValueAtPercentile(99) / 1000.0,
                lockWaitNanos / 1e6,
                busyRetries);
    }
}
