package org.audioimport.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.audioimport.decode.DecodeException;
import org.audioimport.decode.SinkException;
import org.audioimport.fingerprint.Chromaprint;
import org.audioimport.fingerprint.FingerprintException;
import org.audioimport.fingerprint.FingerprintSink;
import org.audioimport.scanning.FoundFile;
import org.audioimport.scanning.LibraryWalker;
import org.audioimport.scanning.WalkEntry;
import org.audioimport.similar.CatchUp;
import org.audioimport.similar.SimilarityIndex;
import org.audioimport.store.CatalogueException;
import org.audioimport.store.CatalogueReader;
import org.audioimport.store.CatalogueWriter;
import org.audioimport.store.FileImport;
import org.audioimport.store.KnownFile;
import org.audioimport.store.RefreshedPhases;
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
    private final ComputeTurns computing;

    public ImportPipeline(CatalogueReader reader, CatalogueWriter writer, Chromaprint chromaprint, ImportSettings settings,
            Clock clock) {
        this.reader = reader;
        this.writer = writer;
        this.chromaprint = chromaprint;
        this.settings = settings;
        this.clock = clock;
        this.computing = new ComputeTurns(settings.cpuWorkers());
        writer.borrowCoresFrom(computing.cores());
    }

    /** Asks a running import to stop taking new files; safe from any thread, e.g. a shutdown hook. */
    public void stop() {
        stopRequested.set(true);
    }

    public ImportSummary run(List<Path> roots, ImportListener listener)
            throws IOException, CatalogueException, WriteException, InterruptedException {
        long started = System.nanoTime();
        List<WalkEntry> entries = new LibraryWalker(settings.walk()).walk(roots);
        Map<String, KnownFile> known = reader.knownFiles();
        long scanId = writer.startScan(roots, clock.millis());
        LOG.info("scan {} started: {} files under {}", scanId, entries.size(), roots);

        Tally tally = new Tally(listener);
        ScanPlan plan = ScanPlan.of(entries, known, roots);
        listener.started(entries.size(), plan.toExamine().size());
        for (FoundFile file : plan.unchanged()) {
            KnownFile before = known.get(file.path().toString());
            if (before.missing()) {
                writer.markPresent(before.path(), scanId);
            }
            tally.record(new FileOutcome.Unchanged(file.path()), false);
        }

        boolean completed = examine(plan, scanId, tally);
        if (completed && !plan.stale().isEmpty()) {
            completed = refresh(plan.stale(), scanId, tally);
        }
        int purged = 0;
        if (completed) {
            writer.updateAlbumGains(scanId);
            List<String> missing = plan.unclaimedGonePaths();
            writer.markMissing(scanId, missing, clock.millis());
            missing.forEach(path -> tally.record(new FileOutcome.Missing(Path.of(path)), false));
            if (settings.purgeMissingAfter() != null) {
                purged = writer.purgeMissing(roots, clock.millis() - settings.purgeMissingAfter().toMillis());
            }
        }
        IndexUpdate indexed = updateSimilarityIndex(tally.wroteAny());
        ImportSummary summary = tally.summary(scanId, Duration.ofNanos(System.nanoTime() - started), writer, !completed, purged,
                indexed);
        writer.finishScan(scanId, new ScanCounts(summary.filesSeen(), summary.imported(), summary.updated(),
                summary.unchanged(), summary.moved(), summary.failed(), summary.missing(), summary.purged()),
                completed, clock.millis());
        LOG.info("scan {} {}: {} imported, {} updated, {} unchanged, {} moved, {} failed, {} missing, {} purged in {} s",
                scanId, completed ? "finished" : "interrupted", summary.imported(), summary.updated(), summary.unchanged(),
                summary.moved(), summary.failed(), summary.missing(), summary.purged(),
                String.format("%.1f", summary.elapsed().toMillis() / 1000.0));
        return summary;
    }

    /**
     * Adds the vectors of the files just committed to the similarity index beside the catalogue, by one
     * batch insert. Skipped when nothing was written and the index exists (it has nothing to add), and
     * when the run was asked to stop (a stop should be prompt; a query catches up what was left). A failure here costs the index, never the
     * import: the next run or query catches up from the catalogue.
     */
    private IndexUpdate updateSimilarityIndex(boolean wroteAny) {
        Path indexFile = SimilarityIndex.fileFor(reader.catalogueFile());
        if (stopRequested.get() || (!wroteAny && Files.exists(indexFile))) {
            return IndexUpdate.NONE;
        }
        long started = System.nanoTime();
        try {
            CatchUp caughtUp = SimilarityIndex.open(reader, indexFile).catchUp((done, total) -> !stopRequested.get());
            return new IndexUpdate(caughtUp.inserted(), (System.nanoTime() - started) / 1e9);
        } catch (IOException | CatalogueException e) {
            LOG.warn("{}: the similarity index was not brought up to date, {}; the next run or query catches it up",
                    indexFile, e.getMessage());
            return new IndexUpdate(0, (System.nanoTime() - started) / 1e9);
        }
    }

    /** Runs the workers over the files; false when a stop request left some files unexamined. */
    private boolean examine(ScanPlan plan, long scanId, Tally tally) throws InterruptedException {
        return onWorkers(plan.toExamine(), WalkEntry::path, tally,
                (entry, processor) -> importOne(entry, plan, scanId, processor, tally));
    }

    /** Recomputes only the phases an older algorithm made; false when stopped first. */
    private boolean refresh(List<ScanPlan.StaleFile> files, long scanId, Tally tally) throws InterruptedException {
        return onWorkers(files, stale -> stale.file().path(), tally, (stale, processor) -> {
            FoundFile file = stale.file();
            try {
                RefreshedPhases fresh;
                computing.enter();
                try {
                    fresh = processor.refresh(file, stale.phases());
                } finally {
                    computing.leave();
                }
                long started = PhaseClock.now();
                writer.refresh(scanId, file.path().toString(), fresh, clock.millis());
                tally.clock.add(PhaseClock.Part.WRITE, PhaseClock.now() - started);
                tally.record(new FileOutcome.Updated(file.path()), true);
            } catch (DecodeException e) {
                write(scanId, FileProcessor.failure(file, e), true, tally);
            } catch (SinkException e) {
                write(scanId, new FileImport.Failed(file, "analysis failed: " + e.getMessage()), true, tally);
            }
        });
    }

    /** One file's work on a worker; a write that fails, or a bug, fails that file only. */
    @FunctionalInterface
    private interface FileWork<T> {
        void run(T item, FileProcessor processor) throws WriteException;
    }

    /** Runs the work over the items on the worker pool; false when a stop request left some undone. */
    private <T> boolean onWorkers(List<T> items, Function<T, Path> pathOf, Tally tally, FileWork<T> work)
            throws InterruptedException {
        Queue<FileProcessor> made = new ConcurrentLinkedQueue<>();
        ThreadLocal<FileProcessor> processors = ThreadLocal.withInitial(() -> {
            FileProcessor processor = new FileProcessor(newFingerprintSink(), settings.phases(), tally.clock, computing);
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
            for (T item : items) {
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
                            runSafely(item, pathOf.apply(item), processors.get(), work, tally);
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

    private static <T> void runSafely(T item, Path path, FileProcessor processor, FileWork<T> work, Tally tally) {
        try {
            work.run(item, processor);
        } catch (WriteException e) {
            tally.record(new FileOutcome.Failed(path, e.reason()), false);
        } catch (RuntimeException e) {
            // A bug, not bad input: the file is reported failed, not silently lost, and the trace is kept.
            LOG.error("{}: internal error", path, e);
            tally.record(new FileOutcome.Failed(path, "internal error: " + e), false);
        }
    }

    private void importOne(WalkEntry entry, ScanPlan plan, long scanId, FileProcessor processor, Tally tally)
            throws WriteException {
        boolean wasKnown = plan.isKnown(entry.path());
        switch (entry) {
            case WalkEntry.Unreachable unreachable -> write(scanId,
                    new FileImport.Failed(new FoundFile(unreachable.path(), 0, 0), unreachable.reason()), wasKnown, tally);
            case WalkEntry.Candidate candidate -> {
                switch (processor.identify(candidate.file())) {
                    case FileProcessor.Unidentified unidentified -> write(scanId, unidentified.failure(), wasKnown, tally);
                    case FileProcessor.Identified identified -> {
                        KnownFile movedFrom = wasKnown ? null : plan.claimGone(identified.contentHash(), candidate.file());
                        if (movedFrom != null) {
                            long started = PhaseClock.now();
                            writer.move(scanId, movedFrom, candidate.file(), clock.millis());
                            tally.clock.add(PhaseClock.Part.WRITE, PhaseClock.now() - started);
                            tally.record(new FileOutcome.Moved(candidate.path(), movedFrom.path()), true);
                        } else {
                            write(scanId, analyse(processor, identified), wasKnown, tally);
                        }
                    }
                }
            }
        }
    }

    /** Decodes and analyses the file in one of the {@link #computing} turns. */
    private FileImport analyse(FileProcessor processor, FileProcessor.Identified identified) {
        computing.enter();
        try {
            return processor.analyse(identified);
        } finally {
            computing.leave();
        }
    }

    private void write(long scanId, FileImport result, boolean wasKnown, Tally tally) throws WriteException {
        long started = PhaseClock.now();
        try {
            writer.write(scanId, result, clock.millis());
        } finally {
            tally.clock.add(PhaseClock.Part.WRITE, PhaseClock.now() - started);
        }
        tally.record(outcome(result, wasKnown), true);
    }

    private FingerprintSink newFingerprintSink() {
        try {
            return chromaprint.newSink(settings.phases().fingerprintSeconds());
        } catch (FingerprintException e) {
            throw new IllegalStateException("Chromaprint could not allocate a context: " + e.getMessage(), e);
        }
    }

    private static FileOutcome outcome(FileImport result, boolean wasKnown) {
        return switch (result) {
            case FileImport.Imported imported -> wasKnown
                    ? new FileOutcome.Updated(imported.file().path())
                    : new FileOutcome.Imported(imported.file().path());
            case FileImport.Failed failed -> new FileOutcome.Failed(failed.file().path(), failed.reason());
        };
    }

    private static ThreadFactory workerThreads() {
        AtomicInteger number = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "import-worker-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Counts outcomes as workers report them, and passes each to the listener one at a time. */
    private static final class Tally {
        private final ImportListener listener;
        private final PhaseClock clock = new PhaseClock();
        private final List<FileOutcome.Failed> failures = new ArrayList<>();
        private int imported;
        private int updated;
        private int unchanged;
        private int moved;
        private int missing;
        private int written;

        Tally(ImportListener listener) {
            this.listener = listener;
        }

        synchronized void record(FileOutcome outcome, boolean wasWritten) {
            switch (outcome) {
                case FileOutcome.Imported i -> imported++;
                case FileOutcome.Updated u -> updated++;
                case FileOutcome.Unchanged u -> unchanged++;
                case FileOutcome.Moved m -> moved++;
                case FileOutcome.Missing m -> missing++;
                case FileOutcome.Failed failed -> {
                    failures.add(failed);
                    LOG.warn("{}: failed, {}", failed.path(), failed.reason());
                }
            }
            if (wasWritten) {
                written++;
            }
            listener.fileDone(outcome);
        }

        synchronized boolean wroteAny() {
            return written > 0;
        }

        synchronized ImportSummary summary(long scanId, Duration elapsed, CatalogueWriter writer, boolean interrupted,
                int purged, IndexUpdate indexed) {
            int seen = imported + updated + unchanged + moved + failures.size();
            return new ImportSummary(scanId, seen, imported, updated, unchanged, moved, missing, purged,
                    List.copyOf(failures), written, elapsed, writer.stats(), clock.seconds(), indexed, interrupted);
        }
    }
}
