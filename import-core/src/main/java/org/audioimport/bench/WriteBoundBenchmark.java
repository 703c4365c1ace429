package org.audioimport.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.audioimport.fingerprint.Chromaprint;
import org.audioimport.pipeline.ComputeTurns;
import org.audioimport.pipeline.ImportListener;
import org.audioimport.pipeline.ImportPipeline;
import org.audioimport.pipeline.ImportSettings;
import org.audioimport.pipeline.ImportSummary;
import org.audioimport.scanning.LibraryWalker;
import org.audioimport.scanning.WalkEntry;
import org.audioimport.scanning.WalkSettings;
import org.audioimport.store.Catalogue;
import org.audioimport.store.CatalogueException;
import org.audioimport.store.CatalogueReader;
import org.audioimport.store.CatalogueWriter;
import org.audioimport.store.WriteException;
import org.audioimport.store.WriteMode;

/**
 * {@code audio-import bench write-bound}: imports a library of many short files (test-data/make-write-bound.sh),
 * where the rows, not the decoding, are most of the work, twice into fresh catalogues: with a transaction per
 * statement, then with one per file. Throughout each import a music player in another process
 * ({@link PlayerReader}) queries the catalogue being written, and its latencies are reported beside the
 * writer's. An untimed import of a few of the files compiles the code first.
 */
public final class WriteBoundBenchmark {
    /** Files the untimed warm-up imports. */
    static final int WARM_UP_FILES = 40;

    private final Chromaprint chromaprint;
    private final ImportSettings settings;
    private final Duration busyGiveUp;
    private final long readerPauseMs;

    public WriteBoundBenchmark(
            Chromaprint chromaprint, ImportSettings settings, Duration busyGiveUp, long readerPauseMs) {
        this.chromaprint = chromaprint;
        this.settings = settings;
        this.busyGiveUp = busyGiveUp;
        this.readerPauseMs = readerPauseMs;
    }

    /** Runs both imports of {@code library}, making the catalogues in {@code workFolder}, which must be empty. */
    public WriteBoundReport run(Path library, Path workFolder)
            throws IOException, CatalogueException, WriteException, InterruptedException {
        try (Stream<Path> entries = Files.list(workFolder)) {
            if (entries.findAny().isPresent()) {
                throw new IllegalArgumentException(workFolder + " must be an empty folder");
            }
        }
        List<Path> files = new LibraryWalker(settings.walk())
                .walk(List.of(library)).stream()
                        .filter(entry -> entry instanceof WalkEntry.Candidate)
                        .map(WalkEntry::path)
                        .toList();
        ImportBenchmark.readOnce(files);
        warmUp(files, workFolder.resolve("warm-up"));
        WriteBoundReport.Run perStatement =
                measured(library, workFolder.resolve("per-statement.db"), WriteMode.TRANSACTION_PER_STATEMENT);
        WriteBoundReport.Run perFile =
                measured(library, workFolder.resolve("per-file.db"), WriteMode.TRANSACTION_PER_FILE);
        return new WriteBoundReport(library, files.size(), settings.workers(), readerPauseMs, perStatement, perFile);
    }

    private void warmUp(List<Path> files, Path folder)
            throws IOException, CatalogueException, WriteException, InterruptedException {
        Path links = Files.createDirectories(folder.resolve("files"));
        for (int i = 0; i < Math.min(WARM_UP_FILES, files.size()); i++) {
            Path file = files.get(i).toAbsolutePath();
            Files.createSymbolicLink(links.resolve(i + "-" + file.getFileName()), file);
        }
        ImportSettings followLinks =
                new ImportSettings(settings.workers(), null, WalkSettings.DEFAULT, settings.phases());
        importInto(links, Catalogue.open(folder.resolve("warm-up.db")), WriteMode.TRANSACTION_PER_FILE, followLinks);
    }

    /** One import with the player reading throughout: the catalogue exists (migrated) before either starts. */
    private WriteBoundReport.Run measured(Path library, Path catalogueFile, WriteMode mode)
            throws IOException, CatalogueException, WriteException, InterruptedException {
        Catalogue catalogue = Catalogue.open(catalogueFile);
        try (ReaderProcess reader = ReaderProcess.start(catalogue.file(), readerPauseMs)) {
            PassMeter meter = PassMeter.start();
            ImportSummary summary = importInto(library, catalogue, mode, settings);
            PassCost cost = meter.stop();
            return new WriteBoundReport.Run(new ImportRun(summary, cost), reader.stop());
        }
    }

    private ImportSummary importInto(Path library, Catalogue catalogue, WriteMode mode, ImportSettings runSettings)
            throws CatalogueException, WriteException, IOException, InterruptedException {
        ComputeTurns computing = new ComputeTurns(runSettings.cpuWorkers());
        try (CatalogueWriter writer = CatalogueWriter.open(catalogue, busyGiveUp, mode, computing.writerGate())) {
            return new ImportPipeline(
                            new CatalogueReader(catalogue),
                            writer,
                            computing,
                            chromaprint,
                            runSettings,
                            Clock.systemUTC())
                    .run(List.of(library), ImportListener.NONE);
        }
    }
}
