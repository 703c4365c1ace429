package org.audioimport.identify;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.audioimport.store.CatalogueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Identification in the background, on a thread of its own ({@code identify}), for the daemon between
 * scans and for {@code import --identify} beside the import's workers. It passes through the queue, then
 * sleeps until {@link #wake()} (new fingerprints committed) or the idle time; after a pass that stopped on
 * failures it sleeps longer each time, up to an hour. Nothing it meets ends it but {@link #stop(Duration)}: a
 * failure is logged and the next pass tries again.
 *
 * <p>Without an AcoustID key, {@link #start()} starts nothing.
 */
public final class IdentificationService {
    private static final Logger LOG = LoggerFactory.getLogger(IdentificationService.class);
    private static final Duration LONGEST_SLEEP = Duration.ofHours(1);

    private final IdentificationQueue queue;
    private final IdentifyListener listener;
    private final Duration idle;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition woken = lock.newCondition();
    private boolean wakeRequested;
    private volatile boolean stopping;
    private Thread thread;

    public IdentificationService(IdentificationQueue queue, IdentifyListener listener, Duration idle) {
        this.queue = queue;
        this.listener = listener;
        this.idle = idle;
    }

    /** Starts the background thread, if a key is configured; returns at once. */
    public void start() {
        lock.lock();
        try {
            if (thread != null || !queue.settings().enabled()) {
                return;
            }
            thread = Thread.ofPlatform().name("identify").daemon(true).start(this::loop);
        } finally {
            lock.unlock();
        }
    }

    /** Tells the service new files may be due: a sleeping service starts a pass now. */
    public void wake() {
        lock.lock();
        try {
            wakeRequested = true;
            woken.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Whether the background thread runs. */
    public boolean running() {
        Thread current = thread;
        return current != null && current.isAlive();
    }

    /**
     * Stops the service: the file in flight finishes (its outcome is written) within {@code grace}, else
     * its request is abandoned and the file stays due. Returns once the thread has ended.
     */
    public void stop(Duration grace) throws InterruptedException {
        stopping = true;
        queue.stop();
        wake();
        Thread current = thread;
        if (current != null && !current.join(grace)) {
            current.interrupt();
            current.join();
        }
    }

    private void loop() {
        Duration sleep = idle;
        while (!stopping) {
            try {
                IdentifyReport report = queue.run(Integer.MAX_VALUE, listener);
                if (report.stoppedBecause() != null) {
                    LOG.warn("identification paused for {} s: {}", sleep.toSeconds(), report.stoppedBecause());
                    sleep = sleep.multipliedBy(2).compareTo(LONGEST_SLEEP) > 0 ? LONGEST_SLEEP : sleep.multipliedBy(2);
                } else {
                    sleep = idle;
                }
            } catch (CatalogueException | RuntimeException e) {
                LOG.warn("identification pass failed, trying again in {} s: {}", sleep.toSeconds(), e.getMessage());
            }
            if (!sleepUnlessWoken(sleep)) {
                return;
            }
        }
    }

    /** False when interrupted, which only a stop does. */
    private boolean sleepUnlessWoken(Duration sleep) {
        lock.lock();
        try {
            long left = sleep.toNanos();
            while (!wakeRequested && !stopping && left > 0) {
                left = woken.awaitNanos(left);
            }
            wakeRequested = false;
            return true;
        } catch (InterruptedException e) {
            return false;
        } finally {
            lock.unlock();
        }
    }
}
