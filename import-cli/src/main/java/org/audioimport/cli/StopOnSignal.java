package org.audioimport.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The shutdown hook of the commands that run long ({@code import}, {@code daemon}, {@code identify}). On
 * SIGINT or SIGTERM it asks the work to stop, waits at most its grace for it to {@link #finish}, so that
 * files in flight commit or roll back and the report is printed, then lets the JVM go on exiting (after
 * {@code afterStop}).
 */
final class StopOnSignal {
    /** How long a stop waits for the files in flight of an import before the process exits anyway. */
    static final Duration FILES_IN_FLIGHT = Duration.ofSeconds(20);

    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;

    private StopOnSignal(String name, Duration grace, Runnable stop, Runnable afterStop) {
        this.hook = new Thread(
                () -> {
                    stop.run();
                    try {
                        finished.await(grace.toMillis(), TimeUnit.MILLISECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    afterStop.run();
                },
                name);
    }

    static StopOnSignal install(String name, Duration grace, Runnable stop, Runnable afterStop) {
        StopOnSignal signal = new StopOnSignal(name, grace, stop, afterStop);
        Runtime.getRuntime().addShutdownHook(signal.hook);
        return signal;
    }

    /**
     * Marks the work finished, releasing a hook that waits for it, and removes the hook; returns true when a
     * signal had already started the shutdown, that is, when the work was stopped by it.
     */
    boolean finish() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
            return false;
        } catch (IllegalStateException shuttingDown) {
            return true;
        }
    }
}
