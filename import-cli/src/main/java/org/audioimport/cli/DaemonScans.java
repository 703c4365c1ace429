package org.audioimport.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.audioimport.fingerprint.Chromaprint;
import org.audioimport.http.ScanControl;
import org.audioimport.pipeline.FileOutcome;
import org.audioimport.pipeline.ImportListener;
import org.audioimport.pipeline.ImportSettings;
import org.audioimport.pipeline.ImportSummary;
import org.audioimport.schedule.ScanLoop;
import org.audioimport.schedule.ScanRequest;
import org.audioimport.store.Catalogue;

/**
 * The daemon's scans: runs each one the {@link ScanLoop} hands over (every root, or the folders asked for)
 * through the {@link ImportRunner} {@code import} uses, tells the {@link ScanObserver}s, and lets the API
 * or a signal stop the running one as Ctrl-C does.
 */
final class DaemonScans implements ScanLoop.Scan, ScanControl {
    private final List<Path> roots;
    private final Catalogue catalogue;
    private final ImportRunner runner;
    private final ScanLoop loop;
    private final List<ScanObserver> observers = new CopyOnWriteArrayList<>();

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
        this.runner = new ImportRunner(catalogue, chromaprint, settings.withLibraryFolders(this.roots), busyTimeout);
        this.runner.observeTransactions(nanos -> observers.forEach(observer -> observer.transactionHeld(nanos)));
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
        try {
            Optional<ImportSummary> summary = runner.run(request.roots(), listeners());
            if (summary.isPresent()) {
                observers.forEach(observer -> observer.scanFinished(summary.get()));
            } else {
                // The daemon stopped between the loop handing this scan over and its start: nothing ran.
                observers.forEach(ScanObserver::scanStopping);
            }
        } catch (Exception e) {
            observers.forEach(observer -> observer.scanFailed(e.getMessage()));
            throw e;
        }
    }

    /** Stops the running scan and any to come: the daemon is ending. */
    void stopAll() {
        loop.stop();
        if (runner.stop()) {
            observers.forEach(ScanObserver::scanStopping);
        }
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
        if (!runner.cancel()) {
            return false;
        }
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
            public void unchanged(int count) {
                all.forEach(listener -> listener.unchanged(count));
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
