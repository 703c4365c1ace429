package org.audioimport.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.audioimport.bench.WriteBoundBenchmark;
import org.audioimport.bench.WriteBoundReport;
import org.audioimport.fingerprint.Chromaprint;
import org.audioimport.fingerprint.ChromaprintUnavailableException;
import org.audioimport.store.CatalogueException;
import org.audioimport.store.WriteException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

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
final class BenchWriteBoundCommand implements Callable<Integer> {
    static final String DEFAULT_LIBRARY = "test-data/write-bound";

    @Spec
    private CommandSpec spec;

    @Mixin
    private JsonOption jsonOption;

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

    @Mixin
    private ImportOptions options;

    @Override
    public Integer call()
            throws ChromaprintUnavailableException, CatalogueException, WriteException, IOException,
                    InterruptedException {
        options.validate(spec.commandLine());
        if (readerPauseMs < 0) {
            throw new ParameterException(spec.commandLine(), "--reader-pause-ms must be 0 or more");
        }
        Path folder = libraryFolder();
        Chromaprint chromaprint = Chromaprint.load();
        WriteBoundReport report = BenchFolders.inScratch(
                "audio-import-write-bound-",
                work -> new WriteBoundBenchmark(chromaprint, options.settings(), options.busyTimeout(), readerPauseMs)
                        .run(folder, work));
        jsonOption.print(() -> WriteBoundJson.of(report), out -> WriteBoundText.print(report, out));
        return ExitCodes.OK;
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
