package org.audioimport.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs scans on a schedule until stopped: one at a time, on the calling thread, so a scan still running
 * when the next is due is never doubled; the next one starts when it is due again after the end of the
 * last. {@link #stop()} wakes a waiting loop at once.
 */
public final class ScanLoop {
    private static final Logger LOG = LoggerFactory.getLogger(ScanLoop.class);

    private final Schedule schedule;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition stopped = lock.newCondition();
    private boolean stopRequested;

    public ScanLoop(Schedule schedule, Clock clock) {
        this.schedule = schedule;
        this.clock = clock;
    }

    /** One scan; a failure it reports is logged and the loop goes on to the next. */
    @FunctionalInterface
    public interface Scan {
        void run() throws Exception;
    }

    /** Scans (first at once when {@code scanAtStart}) until {@link #stop()}; returns the number of scans run. */
    public int run(Scan scan, boolean scanAtStart) throws InterruptedException {
        int scans = 0;
        ZonedDateTime next = scanAtStart ? now() : schedule.nextAfter(now());
        while (waitUntil(next)) {
            try {
                scan.run();
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                LOG.error("scan failed: {}", e.getMessage());
            }
            scans++;
            next = schedule.nextAfter(now());
            LOG.info("next scan at {}", next);
        }
        return scans;
    }

    /** Asks the loop to end: a waiting loop returns at once, a scanning one after its scan. */
    public void stop() {
        lock.lock();
        try {
            stopRequested = true;
            stopped.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Waits until {@code time}; false when stopped first. */
    private boolean waitUntil(ZonedDateTime time) throws InterruptedException {
        lock.lock();
        try {
            while (!stopRequested) {
                long waitMs = Duration.between(now(), time).toMillis();
                if (waitMs <= 0) {
                    return true;
                }
                stopped.await(waitMs, java.util.concurrent.TimeUnit.MILLISECONDS);
            }
            return false;
        } finally {
            lock.unlock();
        }
    }

    private ZonedDateTime now() {
        return ZonedDateTime.now(clock);
    }
}
