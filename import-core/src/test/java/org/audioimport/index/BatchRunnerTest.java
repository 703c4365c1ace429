package org.audioimport.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BatchRunnerTest {
    private final BatchRunner runner = new BatchRunner(3);

    @Test
    void runsEveryItemOnce() throws Exception {
        Set<Integer> ran = ConcurrentHashMap.newKeySet();
        AtomicInteger runs = new AtomicInteger();

        int done = runner.run(
                500,
                item -> {
                    ran.add(item);
                    runs.incrementAndGet();
                },
                BatchProgress.none());

        assertEquals(500, done);
        assertEquals(500, runs.get());
        assertEquals(500, ran.size());
    }

    @Test
    void aCancelledRunHasDoneExactlyTheFirstItemsItReports() throws Exception {
        Set<Integer> ran = ConcurrentHashMap.newKeySet();
        CountDownLatch cancelled = new CountDownLatch(1);

        int done = runner.run(
                100,
                item -> {
                    if (item >= 10) {
                        await(cancelled);
                    }
                    ran.add(item);
                },
                (count, total) -> {
                    if (count < 10) {
                        return true;
                    }
                    cancelled.countDown();
                    return false;
                });

        assertTrue(done >= 10, "done " + done);
        assertEquals(IntStream.range(0, done).boxed().collect(Collectors.toSet()), ran);
    }

    @Test
    void aFailingItemStopsTheRunWithAnInternalError() {
        IllegalStateException bug = new IllegalStateException("bug");

        IndexException e = assertThrows(
                IndexException.class,
                () -> runner.run(
                        1_000,
                        item -> {
                            if (item == 5) {
                                throw bug;
                            }
                        },
                        BatchProgress.none()));

        assertInstanceOf(IndexError.Internal.class, e.error());
        assertSame(bug, e.getCause());
    }

    @Test
    void anExceptionFromTheListenerReachesTheCaller() {
        IllegalStateException bug = new IllegalStateException("listener bug");

        IllegalStateException thrown = assertThrows(
                IllegalStateException.class,
                () -> runner.run(1_000, item -> {}, (count, total) -> {
                    if (count >= 100) {
                        throw bug;
                    }
                    return true;
                }));

        assertSame(bug, thrown);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException("a worker was interrupted", e);
        }
    }
}
