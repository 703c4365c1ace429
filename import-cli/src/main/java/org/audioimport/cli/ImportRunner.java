package org.audioimport.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.audioimport.fingerprint.Chromaprint;
import org.audioimport.pipeline.ComputeTurns;
import org.audioimport.pipeline.ImportListener;
import org.audioimport.pipeline.ImportPipeline;
import org.audioimport.pipeline.ImportSettings;
import org.audioimport.pipeline.ImportSummary;
import org.audioimport.store.Catalogue;
import org.audioimport.store.CatalogueException;
import org.audioimport.store.CatalogueReader;
import org.audioimport.store.CatalogueWriter;
import org.audioimport.store.WriteException;
import org.audioimport.store.WriteMode;

/**
 * What {@code import} and {@code daemon} share: each run wires a writer and a pipeline to the catalogue,
 * both on one set of computing turns, and {@link #stop()} reaches whichever run is in progress, or keeps the
 * next one from starting.
 */
final class ImportRunner {
    private final Catalogue catalogue;
    private final Chromaprint chromaprint;
    private final ImportOptions options;
    private final AtomicReference<ImportPipeline> current = new AtomicReference<>();
    private volatile boolean stopped;

    ImportRunner(Catalogue catalogue, Chromaprint chromaprint, ImportOptions options) {
        this.catalogue = catalogue;
        this.chromaprint = chromaprint;
        this.options = options;
    }

    /** One import of the roots with a writer of its own; empty when a stop came before it started. */
    Optional<ImportSummary> run(List<Path> roots, ImportListener listener)
            throws CatalogueException, WriteException, IOException, InterruptedException {
        ImportSettings settings = options.settings();
        ComputeTurns computing = new ComputeTurns(settings.cpuWorkers());
        try (CatalogueWriter writer = CatalogueWriter.open(
                catalogue, options.busyTimeout(), WriteMode.TRANSACTION_PER_FILE, computing.writerGate())) {
            ImportPipeline pipeline = new ImportPipeline(
                    new CatalogueReader(catalogue), writer, computing, chromaprint, settings, Clock.systemUTC());
            current.set(pipeline);
            if (stopped) {
                return Optional.empty();
            }
            return Optional.of(pipeline.run(roots, listener));
        } finally {
            current.set(null);
        }
    }

    /** Stops the run in progress from taking new files, and any later run from starting. Safe from any thread. */
    void stop() {
        stopped = true;
        ImportPipeline running = current.get();
        if (running != null) {
            running.stop();
        }
    }
}
