package org.audioimport.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
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
            CompletableFuture<Integer> running =
                    CompletableFuture.supplyAsync(() -> run(loop, scans::incrementAndGet, true));
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

        CompletableFuture<Integer> running =
                CompletableFuture.supplyAsync(() -> run(loop, scans::incrementAndGet, false));
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
                return loop.run(
                        request -> {
                            twoAttempts.countDown();
                            throw new IllegalStateException("disk unplugged");
                        },
                        true);
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

    @Test
    void aRequestWakesAWaitingLoopAtOnceAndScansWhatItNames() throws Exception {
        ScanLoop loop = new ScanLoop(new Schedule.Every(Duration.ofHours(6)), clock);
        BlockingQueue<ScanRequest> scanned = new LinkedBlockingQueue<>();
        CompletableFuture<Integer> running = CompletableFuture.supplyAsync(() -> {
            try {
                return loop.run(scanned::add, false);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        ScanRequest asked = new ScanRequest(List.of(Path.of("/music/new")), "api");

        ScanLoop.Accepted accepted = loop.request(asked);

        assertEquals(ScanLoop.Accepted.STARTED, accepted);
        assertEquals(asked, scanned.poll(10, TimeUnit.SECONDS));
        loop.stop();
        assertEquals(1, running.get(10, TimeUnit.SECONDS));
    }

    @Test
    void requestsDuringAScanAreQueuedMergedIntoOneScanAfterIt() throws Exception {
        ScanLoop loop = new ScanLoop(new Schedule.Every(Duration.ofHours(6)), clock);
        List<ScanRequest> scanned = new CopyOnWriteArrayList<>();
        CountDownLatch firstRunning = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Integer> running = CompletableFuture.supplyAsync(() -> {
            try {
                return loop.run(
                        request -> {
                            scanned.add(request);
                            firstRunning.countDown();
                            release.await();
                        },
                        true);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(firstRunning.await(10, TimeUnit.SECONDS));

        List<ScanLoop.Accepted> answers = new ArrayList<>();
        for (String folder : List.of("a", "b", "a", "c")) {
            answers.add(loop.request(new ScanRequest(List.of(Path.of("/music", folder)), "watch")));
        }
        release.countDown();
        while (scanned.size() < 2) {
            Thread.sleep(5);
        }
        loop.stop();

        assertEquals(Collections.nCopies(4, ScanLoop.Accepted.QUEUED), answers);
        assertEquals(2, running.get(10, TimeUnit.SECONDS), "one scan for the four requests");
        assertEquals(
                List.of(Path.of("/music/a"), Path.of("/music/b"), Path.of("/music/c")),
                scanned.get(1).roots());
        assertTrue(scanned.get(0).coversEverything(), "the first was the scheduled scan of everything");
    }
}
