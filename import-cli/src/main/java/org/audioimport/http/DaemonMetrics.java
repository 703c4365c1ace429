package org.audioimport.http;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import org.audioimport.pipeline.FileOutcome;
import org.audioimport.pipeline.ImportListener;
import org.audioimport.pipeline.ImportSummary;
import org.audioimport.store.CatalogueException;
import org.audioimport.store.CatalogueReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daemon's Prometheus metrics, through the Prometheus Java client (its registry, metric types and
 * text format). Counters grow as files and scans finish; the files by status and the index size are read
 * when scraped. One registry per daemon, never the client's global default.
 */
public final class DaemonMetrics implements ImportListener {
    private static final Logger LOG = LoggerFactory.getLogger(DaemonMetrics.class);

    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final Counter scans = Counter.builder()
            .name("audio_import_scans_total")
            .help("Scans run by this daemon, by outcome")
            .labelNames("outcome")
            .register(registry);
    private final Counter imported = Counter.builder()
            .name("audio_import_files_imported_total")
            .help("Files imported or updated by this daemon's scans")
            .register(registry);
    private final Counter failed = Counter.builder()
            .name("audio_import_files_failed_total")
            .help("Files that failed in this daemon's scans")
            .register(registry);
    private final Counter busyRetries = Counter.builder()
            .name("audio_import_busy_retries_total")
            .help("Writes retried because the catalogue was busy")
            .register(registry);
    private final Gauge lastSuccess = Gauge.builder()
            .name("audio_import_last_successful_scan_timestamp_seconds")
            .help("When the last completed scan ended, in Unix seconds")
            .register(registry);
    private final Gauge lastDuration = Gauge.builder()
            .name("audio_import_last_successful_scan_duration_seconds")
            .help("How long the last completed scan took")
            .register(registry);
    private final Histogram holdTime = Histogram.builder()
            .name("audio_import_write_transaction_hold_seconds")
            .help("How long each file's write transaction held the catalogue's write lock")
            .classicOnly()
            .classicUpperBounds(0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 1, 5)
            .register(registry);

    public DaemonMetrics(CatalogueReader reader, SimilarQueries similar) {
        GaugeWithCallback.builder()
                .name("audio_import_files")
                .help("Catalogued files by status")
                .labelNames("status")
                .callback(callback -> filesByStatus(reader).forEach((status, count) -> callback.call(count, status)))
                .register(registry);
        GaugeWithCallback.builder()
                .name("audio_import_similarity_index_vectors")
                .help("Flavor vectors in the similarity index, stale ones included")
                .callback(callback -> {
                    try {
                        callback.call(similar.size());
                    } catch (CatalogueException | IOException e) {
                        LOG.warn("metrics: the similarity index cannot be read: {}", e.getMessage());
                    }
                })
                .register(registry);
    }

    private static Map<String, Long> filesByStatus(CatalogueReader reader) {
        try {
            return reader.status(0).filesByStatus();
        } catch (CatalogueException e) {
            LOG.warn("metrics: {}", e.getMessage());
            return Map.of();
        }
    }

    @Override
    public void fileDone(FileOutcome outcome) {
        switch (outcome) {
            case FileOutcome.Imported i -> imported.inc();
            case FileOutcome.Updated u -> imported.inc();
            case FileOutcome.Failed f -> failed.inc();
            default -> {}
        }
    }

    /** Observes one write transaction's hold time. */
    public void transactionHeld(long nanos) {
        holdTime.observe(nanos / 1e9);
    }

    public void scanFinished(ImportSummary summary, long endedAtMs) {
        busyRetries.inc(summary.writes().busyRetries());
        if (summary.interrupted()) {
            scans.labelValues("interrupted").inc();
        } else {
            scans.labelValues("completed").inc();
            lastSuccess.set(endedAtMs / 1000.0);
            lastDuration.set(summary.elapsed().toNanos() / 1e9);
        }
    }

    public void scanFailed() {
        scans.labelValues("failed").inc();
    }

    /** Every metric in the Prometheus text format. */
    Reply scrape() throws IOException {
        PrometheusTextFormatWriter writer = PrometheusTextFormatWriter.create();
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        writer.write(text, registry.scrape());
        return new Reply.Bytes(200, writer.getContentType(), text.toByteArray());
    }
}
