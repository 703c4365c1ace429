package org.audioimport.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.audioimport.fingerprint.Chromaprint;
import org.audioimport.http.ScanControl;
import org.audioimport.pipeline.ComputeTurns;
import org.audioimport.pipeline.FileOutcome;
import org.audioimport.pipeline.ImportListener;
import org.audioimport.pipeline.ImportPipeline;
import org.audioimport.pipeline.ImportSettings;
import org.audioimport.pipeline.ImportSummary;
import org.audioimport.schedule.ScanLoop;
import org.audioimport.schedule.ScanRequest;
import org.audioimport.store.Catalogue;
import org.audioimport.store.CatalogueReader;
import org.audioimport.store.CatalogueWriter;
import org.audioimport.store.WriteMode;

/**
 * The daemon's scans: runs each one the {@link ScanLoop} hands over (every root, or the folders asked for),
 * tells the {@link ScanObserver}s, and lets the API or a signal stop the running one as Ctrl-C does.
 */
final class DaemonScans implements ScanLoop.Scan, ScanControl {
    private final List<Path> roots;
    private final Catalogue catalogue;
    private final Chromaprint chromaprint;
    private final ImportSettings settings;
    private final Duration busyTimeout;
    private final ScanLoop loop;
    private final List<ScanObserver> observers = new CopyOnWriteArrayList<>();
    private final AtomicReference<ImportPipeline> current = new AtomicReference<>();
    private final AtomicBoolean stopped = new AtomicBoolean();

    DaemonScans(
            List<Path> roots,
            Catalogue catalogue,
            Chromaprint chromaprint,
            ImportSettings settings,
            Duration busyTimeout,
            ScanLoop loop) {
        this.roots =
                roots.stream().map(root -> root.toAbsolutePath().normalize()).toList();
        this.catalogue = catalogue;
        this.chromaprint = chromaprint;
        this.settings = settings;
        this.busyTimeout = busyTimeout;
        this.loop = loop;
    }

    Catalogue catalogue() {
        return catalogue;
    }

    ScanLoop loop() {
        return loop;
    }

    void observe(ScanObserver observer) {
        observers.add(observer);
    }

    @Override
    public void run(ScanRequest asked) throws Exception {
        ScanRequest request = asked.coversEverything() ? new ScanRequest(roots, asked.trigger()) : asked;
        observers.forEach(observer -> observer.scanStarting(request));
        ComputeTurns computing = new ComputeTurns(settings.cpuWorkers());
        try (CatalogueWriter writer =
                CatalogueWriter.open(catalogue, busyTimeout, WriteMode.TRANSACTION_PER_FILE, computing.writerGate())) {
            writer.observeTransactions(nanos -> observers.forEach(observer -> observer.transactionHeld(nanos)));
            ImportPipeline pipeline = new ImportPipeline(
                    new CatalogueReader(catalogue), writer, computing, chromaprint, settings, Clock.systemUTC());
            current.set(pipeline);
            if (stopped.get()) {
                pipeline.stop();
            }
            ImportSummary summary;
            try {
                summary = pipeline.run(request.roots(), listeners());
            } finally {
                // Let go of the scan before anyone hears it ended: a client told so finds nothing left to cancel.
                current.set(null);
            }
            observers.forEach(observer -> observer.scanFinished(summary));
        } catch (Exception e) {
            observers.forEach(observer -> observer.scanFailed(e.getMessage()));
            throw e;
        }
    }

    /** Stops the running scan and any to come: the daemon is ending. */
    void stopAll() {
        stopped.set(true);
        loop.stop();
        cancel();
    }

    @Override
    public List<Path> roots() {
        return roots;
    }

    @Override
    public ScanLoop.Accepted request(ScanRequest request) {
        return loop.request(request);
    }

    @Override
    public boolean cancel() {
        ImportPipeline running = current.get();
        if (running == null) {
            return false;
        }
        running.stop();
        observers.forEach(ScanObserver::scanStopping);
        return true;
    }

    @Override
    public Optional<ZonedDateTime> nextScheduledScan() {
        return loop.nextScheduledScan();
    }

    /** One listener telling every observer's, in order. */
    private ImportListener listeners() {
        List<ImportListener> all =
                observers.stream().map(ScanObserver::listener).toList();
        return new ImportListener() {
            @Override
            public void started(int total, int toExamine) {
                all.forEach(listener -> listener.started(total, toExamine));
            }

            @Override
            public void fileStarted(Path path) {
                all.forEach(listener -> listener.fileStarted(path));
            }

            @Override
            public void fileDone(FileOutcome outcome) {
                all.forEach(listener -> listener.fileDone(outcome));
            }
        };
    }
}
