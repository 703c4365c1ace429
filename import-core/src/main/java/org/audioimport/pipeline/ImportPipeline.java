package org.audioimport.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.audioimport.fingerprint.Chromaprint;
import org.audioimport.fingerprint.FingerprintException;
import org.audioimport.fingerprint.FingerprintSink;
import org.audioimport.scanning.FoundFile;
import org.audioimport.scanning.PathText;
import org.audioimport.store.CatalogueException;
import org.audioimport.store.CatalogueReader;
import org.audioimport.store.CatalogueWriter;
import org.audioimport.store.FileImport;
import org.audioimport.store.ScanCounts;
import org.audioimport.store.WriteException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One import run: walk the folders, read what the catalogue already knows (before any write), skip the
 * unchanged files, and let a pool of workers process the rest, each file's result written in its own
 * transaction. {@link #stop()} stops taking new files; files in flight still commit or roll back.
 */
public final class ImportPipeline {
    private static final Logger LOG = LoggerFactory.getLogger(ImportPipeline.class);
    private final CatalogueReader reader;
    private final CatalogueWriter writer;
    private final Chromaprint chromaprint;
    private final ImportSettings settings;
    private final Clock clock;
    private final AtomicBoolean stopRequested = new AtomicBoolean();
    /** Why the catalogue's disk stopped the run (full or failing), or null. */
    private final AtomicReference<String> diskFailure = new AtomicReference<>();

    private final ComputeTurns computing;
    private final FileWorker worker;

    /**
     * A pipeline whose computing threads take {@code computing}'s turns; the writer lends cores from the same
     * turns when it was opened with their {@link ComputeTurns#writerGate() gate}.
     */
    public ImportPipeline(
            CatalogueReader reader,
            CatalogueWriter writer,
            ComputeTurns computing,
            Chromaprint chromaprint,
            ImportSettings settings,
            Clock clock) {
        this.reader = reader;
        this.writer = writer;
        this.computing = computing;
        this.worker = new FileWorker(computing);
        this.chromaprint = chromaprint;
        this.settings = settings;
        this.clock = clock;
    }

    /** Asks a running import to stop taking new files; safe from any thread, e.g. a shutdown hook. */
    public void stop() {
        stopRequested.set(true);
    }

    /**
     * Scans the folders {@code named}, each under the name the catalogue already knows it by, with the
     * folders links inside them lead to ({@link ScanScope}), and imports what changed.
     */
    public ImportSummary run(List<Path> named, ImportListener listener)
            throws IOException, CatalogueException, WriteException, InterruptedException {
        long started = System.nanoTime();
        ScanScope scope = ScanScope.plan(settings.walk(), named, ScanHistory.of(reader));
        List<Path> roots = scope.roots();
        ScanPlan plan = scope.plan();
        long scanId = writer.startScan(roots, clock.millis());
        LOG.info("scan {} started: {} files under {}", scanId, plan.filesSeen(), roots);

        Tally tally = new Tally(listener);
        listener.started(plan.filesSeen(), plan.toExamine().size());
        int purged = 0;
        boolean completed = false;
        boolean busyAtTheEnd = false;
        try {
            plan.unavailableRoots().forEach(tally::rootUnavailable);
            for (String path : plan.resurfaced()) {
                writer.markPresent(path, scanId);
            }
            tally.recordUnchanged(plan.unchanged());
            completed = onWorkers(plan, scanId, tally) && diskFailure.get() == null;
            recordGivenUp(scanId, tally.givenUp());
            if (completed) {
                // One instant for the missing marks and the purge: a file found missing now is missing
                // since then, and an age of 0 purges it whatever the clock does between the two.
                long now = clock.millis();
                List<String> missing = plan.unclaimedGonePaths();
                writer.markMissing(scanId, missing, now);
                missing.forEach(path -> tally.record(new FileOutcome.Missing(PathText.toPath(path)), false));
                Duration age = settings.purgeMissingAfter();
                if (age != null) {
                    purged = writer.purgeMissing(plan.purgeable(age, now), now - age.toMillis());
                }
                AlbumGainPass.run(writer);
            }
        } catch (WriteException e) {
            if (e.catalogueStayedBusy()) {
                // Another process held the catalogue past --busy-timeout once the files were written: the run
                // is not lost, and what it had left to do waits for the next run, as after a stop.
                busyAtTheEnd = true;
                tally.record(
                        new FileOutcome.Failed(
                                reader.catalogueFile(),
                                e.reason()
                                        + "; the missing marks, the purge and the album gains wait for the next run"),
                        false);
            } else if (!stoppedByDisk(e)) {
                throw e;
            }
            completed = false;
        }
        IndexUpdate indexed = IndexCatchUp.run(reader, stopRequested::get);
        String diskError = diskFailure.get();
        ImportSummary summary = tally.summary(
                scanId,
                Duration.ofNanos(System.nanoTime() - started),
                writer,
                !completed && !busyAtTheEnd,
                purged,
                indexed,
                diskError);
        finishScan(scanId, summary, completed);
        LOG.info(
                "scan {} {}: {} in {} s",
                scanId,
                completed ? "finished" : diskError == null ? "interrupted" : "stopped (" + diskError + ")",
                summary.countsText(),
                String.format("%.1f", summary.elapsed().toMillis() / 1000.0));
        return summary;
    }

    /**
     * Records the end of the scan. When the catalogue's disk stopped the run, or another process holds the
     * catalogue, this last write may fail the same way: the scan then stays recorded as running, as after a
     * crash, and the summary is still given.
     */
    private void finishScan(long scanId, ImportSummary summary, boolean completed) throws WriteException {
        ScanCounts counts = summary.counts();
        try {
            writer.finishScan(scanId, counts, completed, clock.millis());
        } catch (WriteException e) {
            if (!e.catalogueStayedBusy() && (diskFailure.get() == null || !e.catalogueDiskFailed())) {
                throw e;
            }
            LOG.warn("scan {} stays recorded as running: {}", scanId, e.reason());
        }
    }

    /**
     * A full or failing catalogue disk is the run's condition, not a file's: the run stops taking files, as
     * after a stop request, keeps the reason for the summary, and true is returned. Any other failure: false.
     */
    private boolean stoppedByDisk(WriteException e) {
        if (!e.catalogueDiskFailed()) {
            return false;
        }
        diskFailure.compareAndSet(null, e.reason());
        stop();
        return true;
    }

    /**
     * Records the files given up because the catalogue stayed busy, now that the workers are done and the
     * lock may have freed, so that {@code failed} lists them. A file the catalogue holds as imported keeps
     * that row (it is not among these). The row carries no size or mtime, so the next run examines the file
     * again. While the catalogue is still busy nothing more is tried: the next run meets these files again
     * anyway.
     */
    private void recordGivenUp(long scanId, List<FileOutcome.Failed> givenUp) {
        if (stopRequested.get()) {
            return;
        }
        for (FileOutcome.Failed file : givenUp) {
            try {
                writer.write(
                        scanId,
                        ReadSupport.failed(
                                new FoundFile(file.path(), 0, 0), file.reason() + "; the next run tries it again"),
                        clock.millis());
            } catch (WriteException e) {
                LOG.warn("{}: its failure could not be recorded either, {}", file.path(), e.reason());
                return;
            }
        }
    }

    /** Runs the plan's tasks on the worker pool; false when a stop request left some undone. */
    private boolean onWorkers(ScanPlan plan, long scanId, Tally tally) throws InterruptedException {
        Queue<FileProcessor> made = new ConcurrentLinkedQueue<>();
        ThreadLocal<FileProcessor> processors = ThreadLocal.withInitial(() -> {
            FileProcessor processor =
                    new FileProcessor(newFingerprintSink(), settings.phases(), tally.clock(), computing);
            made.add(processor);
            return processor;
        });
        ExecutorService workers = Executors.newFixedThreadPool(settings.workers(), workerThreads());
        // Bounds the queue so that a huge library does not queue every task at once, and so that a stop
        // request leaves few files already queued.
        Semaphore inFlight = new Semaphore(settings.workers() * 2);
        AtomicBoolean skippedAny = new AtomicBoolean();
        boolean completed = true;
        try {
            for (FileTask task : plan.tasks()) {
                inFlight.acquire();
                if (stopRequested.get()) {
                    inFlight.release();
                    completed = false;
                    break;
                }
                workers.execute(() -> {
                    try {
                        if (stopRequested.get()) {
                            skippedAny.set(true);
                        } else {
                            runSafely(task, plan, scanId, processors.get(), tally);
                        }
                    } finally {
                        inFlight.release();
                    }
                });
            }
        } finally {
            workers.shutdown();
            while (!workers.awaitTermination(1, TimeUnit.SECONDS)) {
                LOG.debug("waiting for files in flight to finish");
            }
            made.forEach(FileProcessor::close);
        }
        return completed && !skippedAny.get();
    }

    /** A write that fails, or a bug, fails that file only. */
    private void runSafely(FileTask task, ScanPlan plan, long scanId, FileProcessor processor, Tally tally) {
        tally.listener().fileStarted(task.path());
        FileImport result = null;
        try {
            result = worker.resultOf(task, plan, processor);
            long started = WorkClock.now();
            try {
                writer.write(scanId, result, clock.millis());
            } finally {
                tally.clock().add(WorkClock.Part.WRITE, WorkClock.now() - started);
            }
            tally.record(FileWorker.outcome(result, task), true);
        } catch (WriteException e) {
            if (stoppedByDisk(e)) {
                // Not the file's failure: it is left for the next run, like a file a stop left untouched.
                return;
            }
            FileOutcome.Failed failed = new FileOutcome.Failed(task.path(), e.reason());
            tally.record(failed, false);
            // A move unwritten leaves both paths as they were, so the next run finds the move again; a
            // failure row at the new path would hide it, and the old row would go missing.
            if (e.catalogueStayedBusy() && !task.heldAsImported() && !(result instanceof FileImport.Moved)) {
                tally.gaveUp(failed);
            }
        } catch (RuntimeException e) {
            // A bug, not bad input: the file is reported failed, not silently lost, and the trace is kept.
            LOG.error("{}: internal error", task.path(), e);
            tally.record(new FileOutcome.Failed(task.path(), "internal error: " + e), false);
        }
    }

    private FingerprintSink newFingerprintSink() {
        try {
            return chromaprint.newSink(settings.phases().fingerprintSeconds());
        } catch (FingerprintException e) {
            throw new IllegalStateException("Chromaprint could not allocate a context: " + e.getMessage(), e);
        }
    }

    private static ThreadFactory workerThreads() {
        AtomicInteger number = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "import-worker-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
