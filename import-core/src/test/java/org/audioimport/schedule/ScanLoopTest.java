package org.audioimport.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ScanLoopTest {
    private final Clock clock = Clock.systemUTC();

    @Test
    void scansAtStartThenAgainAfterTheIntervalUntilStopped() throws Exception {
        ScanLoop loop = new ScanLoop(new Schedule.Every(Duration.ofMillis(50)), clock);
        CountDownLatch threeScans = new CountDownLatch(3);

        CompletableFuture<Integer> scans = CompletableFuture.supplyAsync(() -> run(loop, threeScans::countDown, true));
        assertTrue(threeScans.await(10, TimeUnit.SECONDS));
        loop.stop();

        assertTrue(scans.get(10, TimeUnit.SECONDS) >= 3);
    }

    @Test
    void stopWakesALoopWaitingForItsNextScanAtOnce() {
        ScanLoop loop = new ScanLoop(new Schedule.Every(Duration.ofHours(6)), clock);
        AtomicInteger scans = new AtomicInteger();

        // Guards against a hang only: the loop would otherwise sleep for six hours.
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            CompletableFuture<Integer> running = CompletableFuture.supplyAsync(() -> run(loop, scans::incrementAndGet, true));
            while (scans.get() == 0) {
                Thread.sleep(5);
            }
            loop.stop();
            assertEquals(1, running.get());
        });
    }

    @Test
    void withoutAScanAtStartNothingRunsBeforeTheFirstScheduledTime() throws Exception {
        ScanLoop loop = new ScanLoop(new Schedule.Every(Duration.ofHours(6)), clock);
        AtomicInteger scans = new AtomicInteger();

        CompletableFuture<Integer> running = CompletableFuture.supplyAsync(() -> run(loop, scans::incrementAndGet, false));
        Thread.sleep(200);
        loop.stop();

        assertEquals(0, running.get(10, TimeUnit.SECONDS));
        assertEquals(0, scans.get());
    }

    @Test
    void aFailingScanIsLoggedAndTheLoopGoesOn() throws Exception {
        ScanLoop loop = new ScanLoop(new Schedule.Every(Duration.ofMillis(20)), clock);
        CountDownLatch twoAttempts = new CountDownLatch(2);

        CompletableFuture<Integer> running = CompletableFuture.supplyAsync(() -> {
            try {
                return loop.run(request -> {
                    twoAttempts.countDown();
                    throw new IllegalStateException("disk unplugged");
                }, true);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(twoAttempts.await(10, TimeUnit.SECONDS));
        loop.stop();

        assertTrue(running.get(10, TimeUnit.SECONDS) >= 2);
    }

    private static int run(ScanLoop loop, Runnable scan, boolean atStart) {
        try {
            return loop.run(request -> scan.run(), atStart);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
