package org.audioimport.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;
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
 * What {@code import} and the daemon's scans share: each run wires a writer and a pipeline to the
 * catalogue, both on one set of computing turns. {@link #cancel()} stops the run in progress; {@link
 * #stop()} also keeps any later one from starting.
 */
final class ImportRunner {
    private final Catalogue catalogue;
    private final Chromaprint chromaprint;
    private final ImportSettings settings;
    private final Duration busyTimeout;
    private final AtomicReference<ImportPipeline> current = new AtomicReference<>();
    private volatile LongConsumer transactionHeld = nanos -> {};
    private volatile boolean stopped;

    ImportRunner(Catalogue catalogue, Chromaprint chromaprint, ImportSettings settings, Duration busyTimeout) {
        this.catalogue = catalogue;
        this.chromaprint = chromaprint;
        this.settings = settings;
        this.busyTimeout = busyTimeout;
    }

    /** Hears the hold time of each write transaction of the runs that start from now on, in nanoseconds. */
    void observeTransactions(LongConsumer holdNanos) {
        this.transactionHeld = holdNanos;
    }

    /** One import of the roots with a writer of its own; empty when a stop came before it started. */
    Optional<ImportSummary> run(List<Path> roots, ImportListener listener)
            throws CatalogueException, WriteException, IOException, InterruptedException {
        ComputeTurns computing = new ComputeTurns(settings.cpuWorkers());
        try (CatalogueWriter writer =
                CatalogueWriter.open(catalogue, busyTimeout, WriteMode.TRANSACTION_PER_FILE, computing.writerGate())) {
            writer.observeTransactions(transactionHeld);
            ImportPipeline pipeline = new ImportPipeline(
                    new CatalogueReader(catalogue), writer, computing, chromaprint, settings, Clock.systemUTC());
            current.set(pipeline);
            if (stopped) {
                return Optional.empty();
            }
            try {
                return Optional.of(pipeline.run(roots, listener));
            } finally {
                // Let go of the run before anyone hears it ended, not after the writer's slow close: a client
                // told the daemon is idle must find nothing left to cancel.
                current.set(null);
            }
        } finally {
            current.set(null);
        }
    }

    /**
     * Stops the run in progress from taking new files, and any later run from starting; true when a run was
     * in progress. Safe from any thread.
     */
    boolean stop() {
        stopped = true;
        return cancel();
    }

    /** Stops the run in progress, if any, from taking new files; later runs go ahead. Safe from any thread. */
    boolean cancel() {
        ImportPipeline running = current.get();
        if (running == null) {
            return false;
        }
        running.stop();
        return true;
    }
}
