package org.audioimport.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.audioimport.bench.BenchReport;
import org.audioimport.bench.ImportBenchmark;
import org.audioimport.fingerprint.Chromaprint;
import org.audioimport.fingerprint.ChromaprintUnavailableException;
import org.audioimport.store.CatalogueException;
import org.audioimport.store.WriteException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code audio-import bench [DATASET]}: imports the benchmark dataset into a fresh catalogue and reports
 * it against the decode-only floor; the other benchmarks are its subcommands.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Import the benchmark dataset into a fresh catalogue and report its speed, its writes and "
                + "its cost against decoding alone; or run the benchmark named. See docs/benchmarks.md.",
        subcommands = {
            BenchAccuracyCommand.class,
            BenchDecodeCommand.class,
            BenchIndexCommand.class,
            BenchWriteBoundCommand.class,
        })
final class BenchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private JsonOption jsonOption;

    @Parameters(
            paramLabel = "DATASET",
            arity = "0..1",
            description = "The folder to import (default: this project's test-data/dataset, built by "
                    + "test-data/make-dataset.sh).")
    private Path dataset;

    @Option(
            names = "--baseline",
            description =
                    "Import again with a transaction per statement, as a naive importer writes, and report the ratio.")
    private boolean baseline;

    @Mixin
    private ImportOptions options;

    @Override
    public Integer call()
            throws ChromaprintUnavailableException, CatalogueException, WriteException, IOException,
                    InterruptedException {
        options.validate(spec.commandLine());
        Path folder = BenchFolders.dataset(spec, dataset, "audio-import bench");
        Chromaprint chromaprint = Chromaprint.load();
        BenchReport report = BenchFolders.inScratch(
                "audio-import-bench-",
                work -> new ImportBenchmark(chromaprint, options.settings(), options.busyTimeout())
                        .run(folder, work, baseline));
        jsonOption.print(() -> BenchJson.of(report), out -> BenchText.print(report, out));
        return ExitCodes.OK;
    }
}
