package org.audioimport.http;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.audioimport.cli.ScanObserver;
import org.audioimport.pipeline.FileOutcome;
import org.audioimport.pipeline.ImportListener;
import org.audioimport.pipeline.ImportSummary;
import org.audioimport.schedule.ScanRequest;
import org.audioimport.store.Catalogue;
import org.audioimport.store.CatalogueException;
import org.audioimport.store.CatalogueReader;
import org.audioimport.store.FileBrowser;
import org.audioimport.store.PlaylistReader;
import org.audioimport.store.ScanSummary;

/**
 * The daemon's HTTP side, wired: server, routes, event stream, progress and metrics. The daemon tells it
 * of each scan as a {@link ScanObserver}; it asks for scans through {@link ScanControl}.
 */
public final class HttpApi implements ScanObserver, AutoCloseable {
    /** A comment line goes down every idle event stream this often, so that proxies keep it open. */
    public static final Duration KEEPALIVE = Duration.ofSeconds(15);

    private static final int MAX_EVENT_STREAMS = 32;

    private final CatalogueReader reader;
    private final EventHub events;
    private final ScanProgress progress;
    private final DaemonMetrics metrics;
    private final ApiServer server;

    private HttpApi(
            CatalogueReader reader, EventHub events, ScanProgress progress, DaemonMetrics metrics, ApiServer server) {
        this.reader = reader;
        this.events = events;
        this.progress = progress;
        this.metrics = metrics;
        this.server = server;
    }

    public static HttpApi start(
            HttpSettings settings, Catalogue catalogue, ScanControl control, String version, Duration keepalive)
            throws IOException {
        CatalogueReader reader = new CatalogueReader(catalogue);
        EventHub events = new EventHub(keepalive, MAX_EVENT_STREAMS);
        ScanProgress progress = new ScanProgress(events);
        SimilarQueries similar = new SimilarQueries(reader, new PlaylistReader(catalogue));
        DaemonMetrics metrics = new DaemonMetrics(reader, similar);
        var routes = ApiRoutes.of(
                new CatalogueEndpoints(reader, new FileBrowser(catalogue), similar),
                new ScanEndpoints(reader, control, progress, version),
                metrics,
                new StaticFiles());
        ApiServer server = ApiServer.start(settings.address(), settings.token(), routes, events);
        return new HttpApi(reader, events, progress, metrics, server);
    }

    public int port() {
        return server.port();
    }

    @Override
    public void scanStarting(ScanRequest request) {
        progress.begin(request);
    }

    @Override
    public ImportListener listener() {
        return new ImportListener() {
            @Override
            public void started(int total, int toExamine) {
                identifyRunningScan();
                progress.started(total, toExamine);
            }

            @Override
            public void unchanged(int count) {
                progress.unchanged(count);
            }

            @Override
            public void fileStarted(Path path) {
                progress.fileStarted(path);
            }

            @Override
            public void fileDone(FileOutcome outcome) {
                progress.fileDone(outcome);
                metrics.fileDone(outcome);
            }
        };
    }

    @Override
    public void transactionHeld(long nanos) {
        metrics.transactionHeld(nanos);
    }

    @Override
    public void scanStopping() {
        progress.stopping();
    }

    @Override
    public void scanFinished(ImportSummary summary) {
        metrics.scanFinished(summary, System.currentTimeMillis());
        progress.finished(summary);
    }

    @Override
    public void scanFailed(String reason) {
        metrics.scanFailed();
        progress.failed(reason);
    }

    /** The scan row the pipeline just wrote (one daemon per catalogue: the newest running one is ours). */
    private void identifyRunningScan() {
        try {
            reader.status(1).recentScans().stream()
                    .filter(scan -> scan.finishedAtMs() == null)
                    .findFirst()
                    .map(ScanSummary::id)
                    .ifPresent(progress::identified);
        } catch (CatalogueException e) {
            // The id stays unknown in the progress; the scan goes on.
        }
    }

    @Override
    public void close() {
        server.close();
        progress.close();
        events.close();
    }
}
