package org.audioimport.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.audioimport.bench.WriteBoundBenchmark;
import org.audioimport.bench.WriteBoundReport;
import org.audioimport.fingerprint.Chromaprint;
import org.audioimport.pipeline.ImportSettings;
import org.audioimport.store.CatalogueException;
import org.audioimport.store.WriteException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code audio-import bench write-bound [LIBRARY]}: a library of many short files imported with a
 * transaction per statement and with one per file, while another process queries the catalogue.
 */
@Command(
        name = "write-bound",
        mixinStandardHelpOptions = true,
        description = "Import many short files (test-data/make-write-bound.sh) with a transaction per statement and "
                + "with one per file, while another process reads the catalogue as a music player does; report "
                + "wall time, transactions per file, tx hold, the reader's latency and busy retries.")
final class BenchWriteBoundCommand extends ImportBenchCommand<WriteBoundReport> {
    static final String DEFAULT_LIBRARY = "test-data/write-bound";

    @Parameters(
            paramLabel = "LIBRARY",
            arity = "0..1",
            description = "The folder to import (default: this project's " + DEFAULT_LIBRARY
                    + ", made by test-data/make-write-bound.sh).")
    private Path library;

    @Option(
            names = "--reader-pause-ms",
            paramLabel = "MS",
            defaultValue = "20",
            description = "The reader's pause between two queries (default: ${DEFAULT-VALUE}).")
    private long readerPauseMs;

    @Override
    Path folder() {
        if (readerPauseMs < 0) {
            throw new ParameterException(spec.commandLine(), "--reader-pause-ms must be 0 or more");
        }
        return libraryFolder();
    }

    @Override
    WriteBoundReport run(
            Chromaprint chromaprint, ImportSettings settings, Duration busyGiveUp, Path folder, Path scratch)
            throws IOException, CatalogueException, WriteException, InterruptedException {
        return new WriteBoundBenchmark(chromaprint, settings, busyGiveUp, readerPauseMs).run(folder, scratch);
    }

    @Override
    Object json(WriteBoundReport report) {
        return WriteBoundJson.of(report);
    }

    @Override
    void print(WriteBoundReport report, PrintWriter out) {
        WriteBoundText.print(report, out);
    }

    private Path libraryFolder() {
        Path folder = library != null
                ? library
                : ProjectFolder.find()
                        .map(project -> project.resolve(DEFAULT_LIBRARY))
                        .orElse(Path.of(DEFAULT_LIBRARY));
        if (!Files.isDirectory(folder)) {
            throw new ParameterException(
                    spec.commandLine(),
                    folder + ": no such folder"
                            + (library == null
                                    ? " (make it with test-data/make-write-bound.sh, or name a folder)"
                                    : ""));
        }
        return folder;
    }
}
