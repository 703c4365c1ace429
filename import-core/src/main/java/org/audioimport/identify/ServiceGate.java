package org.audioimport.identify;

import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One service's door: one request in flight at a time, and request starts at least {@code 1 / rate}
 * seconds apart (plus a small margin, so that the service, which sees arrival times, never counts more
 * than the rate in any second whatever the network's jitter). A service's "slow down" pushes the next
 * start further.
 */
final class ServiceGate {
    /** Added to every interval: arrival times at the service wobble by a few ms around send times. */
    private static final long MARGIN_NANOS = Duration.ofMillis(15).toNanos();

    private final long intervalNanos;
    private final ReentrantLock inFlight = new ReentrantLock(true);
    private long nextStartNanos = System.nanoTime();

    ServiceGate(double requestsPerSecond) {
        this.intervalNanos = Math.round(1e9 / requestsPerSecond) + MARGIN_NANOS;
    }

    /** A request that may be sent once the gate lets it through. */
    @FunctionalInterface
    interface Exchange<T> {
        T send() throws InterruptedException, LookupException;
    }

    /** Waits for this service's next slot, then sends, holding the door until the answer is in. */
    <T> T pass(Exchange<T> exchange) throws InterruptedException, LookupException {
        inFlight.lockInterruptibly();
        try {
            long wait = nextStartNanos - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(Duration.ofNanos(wait));
            }
            nextStartNanos = System.nanoTime() + intervalNanos;
            return exchange.send();
        } finally {
            inFlight.unlock();
        }
    }

    /** No request starts before {@code delay} from now: the service asked for a pause. */
    void holdOff(Duration delay) {
        inFlight.lock();
        try {
            nextStartNanos = Math.max(nextStartNanos, System.nanoTime() + delay.toNanos());
        } finally {
            inFlight.unlock();
        }
    }
}
