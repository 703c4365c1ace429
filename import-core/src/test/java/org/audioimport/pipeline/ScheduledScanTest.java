package org.audioimport.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.audioimport.schedule.ScanLoop;
import org.audioimport.schedule.Schedule;
import org.audioimport.testing.SampleLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daemon's loop in process, with a short interval, over a library that changes under it. */
class ScheduledScanTest {
    private static final String TRACK = "The Fixtures/Synthetic Seasons/01 - First Frost.flac";

    @TempDir
    Path dir;

    private Path library;
    private PipelineHarness harness;
    private final List<FileOutcome> outcomes = new CopyOnWriteArrayList<>();
    private final java.util.concurrent.atomic.AtomicInteger scansDone = new java.util.concurrent.atomic.AtomicInteger();
    private ScanLoop loop;
    private CompletableFuture<Integer> running;

    @BeforeEach
    void startLoop() throws Exception {
        library = SampleLibrary.copyTo(dir.resolve("library"));
        harness = new PipelineHarness(dir.resolve("library.db"));
        loop = new ScanLoop(new Schedule.Every(Duration.ofMillis(200)), Clock.systemUTC());
        ImportListener record = new ImportListener() {
            @Override
            public void fileDone(FileOutcome outcome) {
                outcomes.add(outcome);
            }
        };
        running = CompletableFuture.supplyAsync(() -> {
            try {
                return loop.run(
                        request -> {
                            harness.run(library, record);
                            scansDone.incrementAndGet();
                        },
                        true);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (scansDone.get() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(SampleLibrary.expected().size(), outcomes.size(), "the first scan imported the sample");
    }

    @AfterEach
    void stopLoop() throws Exception {
        loop.stop();
        running.get(30, TimeUnit.SECONDS);
    }

    @Test
    void picksUpAnAddedFile() throws Exception {
        Path added = Files.copy(library.resolve(TRACK), library.resolve("added.flac"));

        awaitOutcome(o -> o instanceof FileOutcome.Imported && o.path().equals(added));
    }

    @Test
    void picksUpAModifiedFile() throws Exception {
        Path changed = library.resolve(TRACK);
        Files.setLastModifiedTime(
                changed, FileTime.fromMillis(Files.getLastModifiedTime(changed).toMillis() + 60_000));

        awaitOutcome(o -> o instanceof FileOutcome.Updated && o.path().equals(changed));
    }

    @Test
    void picksUpAMovedFileWithoutDecodingIt() throws Exception {
        Path moved = library.resolve("moved.flac");
        Files.move(library.resolve(TRACK), moved);

        awaitOutcome(o -> o instanceof FileOutcome.Moved m
                && m.path().equals(moved)
                && m.from().equals(library.resolve(TRACK).toString()));
        assertTrue(
                outcomes.stream().noneMatch(o -> o.path().equals(moved) && o instanceof FileOutcome.Imported),
                "never imported (decoded) again");
    }

    @Test
    void marksADeletedFileMissing() throws Exception {
        Path deleted = library.resolve(TRACK);
        Files.delete(deleted);

        awaitOutcome(o -> o instanceof FileOutcome.Missing && o.path().equals(deleted));
        assertTrue(harness.reader.file(deleted.toString()).orElseThrow().missingSinceMs() != null);
    }

    private void awaitOutcome(Predicate<FileOutcome> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (outcomes.stream().anyMatch(wanted)) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no such outcome in 30 s; the last ones: "
                + outcomes.subList(Math.max(0, outcomes.size() - 20), outcomes.size()));
    }
}
