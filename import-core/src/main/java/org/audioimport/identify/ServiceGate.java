package org.audioimport.identify;

import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One service's door: one request in flight at a time, and each request sent at least {@code 1 / rate}
 * seconds after the previous answer came back. Counting from the answer rather than from the send makes
 * the limit hold where the service counts it: it saw the previous request arrive before it answered, so
 * whatever the network's or its own delays, it never sees two requests closer than the interval. A
 * service's "slow down" pushes the next start further.
 */
final class ServiceGate {
    private final long intervalNanos;
    private final ReentrantLock inFlight = new ReentrantLock(true);
    private long nextStartNanos = System.nanoTime();

    ServiceGate(double requestsPerSecond) {
        this.intervalNanos = Math.round(1e9 / requestsPerSecond);
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
            try {
                return exchange.send();
            } finally {
                nextStartNanos = Math.max(nextStartNanos, System.nanoTime() + intervalNanos);
            }
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
