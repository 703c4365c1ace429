package org.audioimport.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import org.audioimport.bench.BenchReport;
import org.audioimport.bench.ImportBenchmark;
import org.audioimport.fingerprint.Chromaprint;
import org.audioimport.pipeline.ImportSettings;
import org.audioimport.store.CatalogueException;
import org.audioimport.store.WriteException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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
final class BenchCommand extends ImportBenchCommand<BenchReport> {
    @Mixin
    private DatasetArgument dataset;

    @Option(
            names = "--baseline",
            description =
                    "Import again with a transaction per statement, as a naive importer writes, and report the ratio.")
    private boolean baseline;

    @Override
    Path folder() {
        return dataset.folder();
    }

    @Override
    BenchReport run(Chromaprint chromaprint, ImportSettings settings, Duration busyGiveUp, Path folder, Path scratch)
            throws IOException, CatalogueException, WriteException, InterruptedException {
        return new ImportBenchmark(chromaprint, settings, busyGiveUp).run(folder, scratch, baseline);
    }

    @Override
    Object json(BenchReport report) {
        return BenchJson.of(report);
    }

    @Override
    void print(BenchReport report, PrintWriter out) {
        BenchText.print(report, out);
    }
}
