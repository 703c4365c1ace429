package org.audioimport.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.audioimport.bench.AccuracyBenchmark;
import org.audioimport.bench.AccuracyReport;
import org.audioimport.fingerprint.Chromaprint;
import org.audioimport.pipeline.ImportSettings;
import org.audioimport.store.CatalogueException;
import org.audioimport.store.WriteException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code audio-import bench accuracy [DATASET]}: imports the dataset and compares every file with fpcalc and
 * ffmpeg's ebur128 and astats, run in the same command.
 */
@Command(
        name = "accuracy",
        mixinStandardHelpOptions = true,
        description = "Import the dataset into a fresh catalogue and compare every file with the reference tools "
                + "(fpcalc; ffmpeg's ebur128 with true peak and astats): per metric, the files within tolerance "
                + "and the worst one. Needs fpcalc and ffmpeg on the PATH.")
final class BenchAccuracyCommand extends ImportBenchCommand<AccuracyReport> {
    @Mixin
    private DatasetArgument dataset;

    @Override
    Path folder() {
        return dataset.folder();
    }

    @Override
    AccuracyReport run(Chromaprint chromaprint, ImportSettings settings, Duration busyGiveUp, Path folder, Path scratch)
            throws IOException, CatalogueException, WriteException, InterruptedException {
        return new AccuracyBenchmark(chromaprint, settings, busyGiveUp).run(folder, scratch);
    }

    @Override
    ObjectNode json(AccuracyReport report) {
        ObjectNode json = Json.object();
        json.put("files", report.files());
        ObjectNode worst = Json.object();
        for (AccuracyReport.Metric m : report.metrics()) {
            json.put(m.key(), m.within());
            ObjectNode one = worst.putObject(m.key().replaceAll("_within_.*|_identical", ""));
            one.put("compared", m.compared());
            one.put("path", m.worstPath());
            one.put("deviation", m.worst());
        }
        AccuracyReport.Metric fingerprint = report.metrics().get(0);
        json.put("fingerprint_worst_bit_error", fingerprint.worst());
        json.set("worst", worst);
        return json;
    }

    @Override
    void print(AccuracyReport report, PrintWriter out) {
        out.printf(Locale.ROOT, "%d files that ffmpeg decodes%n", report.files());
        out.printf(Locale.ROOT, "%-20s %9s %8s %12s  %s%n", "metric", "tolerance", "within", "worst", "worst file");
        for (AccuracyReport.Metric m : report.metrics()) {
            String tolerance = m.unit().equals("bits")
                    ? "identical"
                    : String.format(Locale.ROOT, "%.2f %s", m.tolerance(), m.unit());
            String worst = m.unit().equals("bits")
                    ? String.format(Locale.ROOT, "%.4f%% bits", 100 * m.worst())
                    : String.format(Locale.ROOT, "%.4f %s", m.worst(), m.unit());
            out.printf(
                    Locale.ROOT,
                    "%-20s %9s %4d/%-3d %12s  %s%n",
                    m.name(),
                    tolerance,
                    m.within(),
                    m.compared(),
                    worst,
                    m.worstPath() == null ? "-" : m.worstPath());
        }
    }
}
