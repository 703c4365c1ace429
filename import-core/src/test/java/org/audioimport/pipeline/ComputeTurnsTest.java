package org.audioimport.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ComputeTurnsTest {
    @Test
    void aComputingThreadLendsItsCoreToTheWaitingWriterAndGetsItBack() {
        ComputeTurns turns = new ComputeTurns(1);
        turns.enter();
        Semaphore cores = turns.cores();
        AtomicBoolean wrote = new AtomicBoolean();
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            cores.acquireUninterruptibly();
            wrote.set(true);
            cores.release();
        });

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            while (!cores.hasQueuedThreads()) {
                Thread.onSpinWait();
            }
            turns.lendCoreIfWanted();
            writer.join();
        });

        assertTrue(wrote.get(), "the writer ran while the computing thread had lent its core");
        assertEquals(0, cores.availablePermits(), "the computing thread holds its core again");
        turns.leave();
        assertEquals(1, cores.availablePermits());
    }

    @Test
    void withNobodyWaitingTheComputingThreadKeepsItsCore() {
        ComputeTurns turns = new ComputeTurns(2);
        turns.enter();

        turns.lendCoreIfWanted();

        assertEquals(1, turns.cores().availablePermits());
        turns.leave();
        assertEquals(2, turns.cores().availablePermits());
    }
}
