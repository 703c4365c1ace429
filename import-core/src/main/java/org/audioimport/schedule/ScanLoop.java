package org.audioimport.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs scans until stopped: when the schedule says so, and when asked ({@link #request}, from the HTTP API
 * or the folder watcher). One at a time, on the calling thread, so two scans never overlap; requests that
 * arrive while a scan runs wait merged into one. The next scheduled scan is due again after the end of the
 * last. {@link #stop()} wakes a waiting loop at once.
 */
public final class ScanLoop {
    private static final Logger LOG = LoggerFactory.getLogger(ScanLoop.class);

    private final Schedule schedule;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    private boolean stopRequested;
    private boolean scanning;
    private ScanRequest pending;
    private ZonedDateTime nextScheduled;

    public ScanLoop(Schedule schedule, Clock clock) {
        this.schedule = schedule;
        this.clock = clock;
    }

    /** One scan; a failure it reports is logged and the loop goes on to the next. */
    @FunctionalInterface
    public interface Scan {
        void run(ScanRequest request) throws Exception;
    }

    /** What became of a request: started at once, or queued behind the running scan (merged with any queued). */
    public enum Accepted {
        STARTED,
        QUEUED
    }

    /** Scans (first at once when {@code scanAtStart}) until {@link #stop()}; returns the number of scans run. */
    public int run(Scan scan, boolean scanAtStart) throws InterruptedException {
        int scans = 0;
        setNextScheduled(scanAtStart ? now() : schedule.nextAfter(now()));
        for (Optional<ScanRequest> next = awaitNext(); next.isPresent(); next = awaitNext()) {
            try {
                scan.run(next.get());
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                LOG.error("scan failed: {}", e.getMessage());
            } finally {
                finishedScan();
            }
            scans++;
        }
        return scans;
    }

    /** Asks for a scan now, or as soon as the running one ends; never a second one at the same time. */
    public Accepted request(ScanRequest request) {
        lock.lock();
        try {
            pending = pending == null ? request : pending.merge(request);
            wake.signalAll();
            return scanning ? Accepted.QUEUED : Accepted.STARTED;
        } finally {
            lock.unlock();
        }
    }

    /** When the schedule next starts a scan; empty while one runs or once stopped. */
    public Optional<ZonedDateTime> nextScheduledScan() {
        lock.lock();
        try {
            return scanning || stopRequested ? Optional.empty() : Optional.ofNullable(nextScheduled);
        } finally {
            lock.unlock();
        }
    }

    /** Asks the loop to end: a waiting loop returns at once, a scanning one after its scan. */
    public void stop() {
        lock.lock();
        try {
            stopRequested = true;
            wake.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Waits for a request or the scheduled time and takes what is due; empty when stopped first. */
    private Optional<ScanRequest> awaitNext() throws InterruptedException {
        lock.lock();
        try {
            while (!stopRequested) {
                if (pending != null) {
                    ScanRequest request = pending;
                    pending = null;
                    scanning = true;
                    return Optional.of(request);
                }
                long waitMs = Duration.between(now(), nextScheduled).toMillis();
                if (waitMs <= 0) {
                    scanning = true;
                    return Optional.of(ScanRequest.everything("schedule"));
                }
                wake.await(waitMs, TimeUnit.MILLISECONDS);
            }
            return Optional.empty();
        } finally {
            lock.unlock();
        }
    }

    private void finishedScan() {
        ZonedDateTime next = schedule.nextAfter(now());
        lock.lock();
        try {
            scanning = false;
            nextScheduled = next;
        } finally {
            lock.unlock();
        }
        LOG.info("next scheduled scan at {}", next);
    }

    private void setNextScheduled(ZonedDateTime time) {
        lock.lock();
        try {
            nextScheduled = time;
        } finally {
            lock.unlock();
        }
    }

    private ZonedDateTime now() {
        return ZonedDateTime.now(clock);
    }
}
