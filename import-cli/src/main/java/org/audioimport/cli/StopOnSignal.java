package org.audioimport.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The shutdown hook {@code import} and {@code daemon} share. On SIGINT or SIGTERM it asks the work to stop,
 * waits at most {@link #GRACE_SECONDS} for it to {@link #finish}, so that files in flight commit or roll
 * back, then lets the JVM go on exiting (after {@code afterStop}).
 */
final class StopOnSignal {
    /** How long a stop waits for the files in flight before the process exits anyway. */
    static final long GRACE_SECONDS = 20;

    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;

    private StopOnSignal(String name, Runnable stop, Runnable afterStop) {
        this.hook = new Thread(
                () -> {
                    stop.run();
                    try {
                        finished.await(GRACE_SECONDS, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    afterStop.run();
                },
                name);
    }

    static StopOnSignal install(String name, Runnable stop, Runnable afterStop) {
        StopOnSignal signal = new StopOnSignal(name, stop, afterStop);
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
