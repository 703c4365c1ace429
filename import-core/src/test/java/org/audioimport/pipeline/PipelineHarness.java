package org.audioimport.pipeline;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.audioimport.fingerprint.Chromaprint;
import org.audioimport.scanning.WalkSettings;
import org.audioimport.store.BusyRetry;
import org.audioimport.store.Catalogue;
import org.audioimport.store.CatalogueException;
import org.audioimport.store.CatalogueReader;
import org.audioimport.store.CatalogueWriter;
import org.audioimport.store.FileDetails;
import org.audioimport.store.WriteMode;

/** Runs imports against a real catalogue file, each run with its own writer as the CLI does. */
final class PipelineHarness {
    final Catalogue catalogue;
    final CatalogueReader reader;
    private final Chromaprint chromaprint;

    PipelineHarness(Path catalogueFile) throws Exception {
        this.catalogue = Catalogue.open(catalogueFile);
        this.reader = new CatalogueReader(catalogue);
        this.chromaprint = Chromaprint.load();
    }

    /** The catalogue's id for the file at {@code path}; fails when there is none. */
    long fileId(Path path) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + catalogue.file());
                PreparedStatement query = c.prepareStatement("SELECT id FROM file WHERE path = ?")) {
            query.setString(1, path.toString());
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new AssertionError("no row for " + path);
                }
                return row.getLong(1);
            }
        }
    }

    ImportSummary run(Path library, ImportListener listener) throws Exception {
        return run(library, listener, Duration.ofSeconds(30), null);
    }

    ImportSummary run(Path library, ImportListener listener, Duration purgeMissingAfter) throws Exception {
        return run(
                library,
                listener,
                new ImportSettings(4, purgeMissingAfter, WalkSettings.DEFAULT, PhaseSettings.DEFAULTS),
                BusyRetry.DEFAULT_GIVE_UP_AFTER,
                null);
    }

    /** An import with {@code purgeMissingAfter} whose clock reads {@code clock}. */
    ImportSummary run(Path library, Duration purgeMissingAfter, Clock clock) throws Exception {
        return run(
                List.of(library),
                ImportListener.NONE,
                new ImportSettings(4, purgeMissingAfter, WalkSettings.DEFAULT, PhaseSettings.DEFAULTS),
                BusyRetry.DEFAULT_GIVE_UP_AFTER,
                null,
                clock);
    }

    ImportSummary run(Path library, ImportListener listener, WalkSettings walk) throws Exception {
        return run(
                library,
                listener,
                new ImportSettings(4, null, walk, PhaseSettings.DEFAULTS),
                BusyRetry.DEFAULT_GIVE_UP_AFTER,
                null);
    }

    ImportSummary run(Path library, ImportListener listener, Duration busyGiveUp, PipelineAccess access)
            throws Exception {
        return run(
                library,
                listener,
                new ImportSettings(4, null, WalkSettings.DEFAULT, PhaseSettings.DEFAULTS),
                busyGiveUp,
                access);
    }

    ImportSummary run(List<Path> roots, ImportSettings settings) throws Exception {
        return run(roots, ImportListener.NONE, settings, BusyRetry.DEFAULT_GIVE_UP_AFTER, null);
    }

    private ImportSummary run(
            Path library, ImportListener listener, ImportSettings settings, Duration busyGiveUp, PipelineAccess access)
            throws Exception {
        return run(List.of(library), listener, settings, busyGiveUp, access);
    }

    private ImportSummary run(
            List<Path> roots,
            ImportListener listener,
            ImportSettings settings,
            Duration busyGiveUp,
            PipelineAccess access)
            throws Exception {
        return run(roots, listener, settings, busyGiveUp, access, Clock.systemUTC());
    }

    private ImportSummary run(
            List<Path> roots,
            ImportListener listener,
            ImportSettings settings,
            Duration busyGiveUp,
            PipelineAccess access,
            Clock clock)
            throws Exception {
        ComputeTurns computing = new ComputeTurns(settings.cpuWorkers());
        try (CatalogueWriter writer =
                CatalogueWriter.open(catalogue, busyGiveUp, WriteMode.TRANSACTION_PER_FILE, computing.writerGate())) {
            ImportPipeline pipeline = new ImportPipeline(reader, writer, computing, chromaprint, settings, clock);
            if (access != null) {
                access.pipeline = pipeline;
            }
            return pipeline.run(roots, listener);
        }
    }

    /** What the catalogue holds of {@code file}; a test failure when it holds nothing or cannot be read. */
    FileDetails stored(Path file) {
        try {
            return reader.file(file.toString()).orElseThrow(() -> new AssertionError("not in the catalogue: " + file));
        } catch (CatalogueException e) {
            throw new AssertionError(e);
        }
    }

    /** Lets a listener reach the pipeline it listens to, e.g. to stop it mid-run. */
    static final class PipelineAccess {
        volatile ImportPipeline pipeline;
    }
}
