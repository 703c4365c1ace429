package org.audioimport.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.audioimport.bench.BenchReport;
import org.audioimport.bench.ImportRun;
import org.audioimport.bench.PassCost;
import org.audioimport.pipeline.FileOutcome;
import org.audioimport.pipeline.ImportSummary;
import org.audioimport.playlist.PlaylistQuality;
import org.audioimport.scanning.PathText;
import org.audioimport.similar.FlavorQuality;
import org.audioimport.store.WriteStats;

/** The import benchmark's report as text: one row per pass, then the ratios, the CPU time by part and the failures. */
final class BenchText {
    private static final String ROW = "%-14s %8s %8s %9s %8s %12s %9s %12s %12s %12s %8s %7s%n";

    private BenchText() {}

    static void print(BenchReport report, PrintWriter out) {
        PassCost floor = report.decodeFloor();
        out.printf(
                Locale.ROOT,
                "Dataset %s: %d files, %.2f hours of audio; %d workers on %d cores%n",
                report.dataset(),
                report.files(),
                report.audioSeconds() / 3600,
                report.workers(),
                floor.cores());
        out.printf(
                Locale.ROOT,
                ROW,
                "",
                "wall s",
                "files/s",
                "x RT",
                "CPU use",
                "peak RSS MB",
                "tx/file",
                "hold p50 ms",
                "hold p99 ms",
                "lock wait ms",
                "retries",
                "failed");
        out.printf(
                Locale.ROOT,
                ROW,
                "decode floor",
                fixed(floor.wallSeconds(), 2),
                fixed(report.files() / floor.wallSeconds(), 1),
                fixed(report.audioSeconds() / floor.wallSeconds(), 0),
                percent(floor.cpuUse()),
                megabytes(floor.peakRssBytes()),
                "-",
                "-",
                "-",
                "-",
                "-",
                "-");
        row(out, "import", report.perFile(), report);
        if (report.baseline() != null) {
            row(out, "per statement", report.baseline(), report);
        }
        out.printf(Locale.ROOT, "Import wall time: %.2fx the decode floor", report.wallVsDecodeFloor());
        report.speedupVsBaseline()
                .ifPresent(
                        speedup -> out.printf(Locale.ROOT, "; %.2fx faster than a transaction per statement", speedup));
        out.println();
        ImportSummary summary = report.perFile().summary();
        out.println("CPU s by part (import): "
                + summary.phaseSeconds().entrySet().stream()
                        .map(e -> e.getKey() + " " + fixed(e.getValue(), 2))
                        .collect(Collectors.joining(", "))
                + "; similarity index: " + summary.indexed().vectors() + " vectors in "
                + fixed(summary.indexed().seconds(), 2) + " s");
        FlavorQuality flavor = report.flavor();
        out.printf(
                Locale.ROOT,
                "Flavor: of each track's %d nearest, %.0f%% are from its album (chance: %.0f%%); "
                        + "%d of %d tracks with a copy have a copy as their nearest%n",
                flavor.k(),
                flavor.albumPrecision() * 100,
                flavor.randomPrecision() * 100,
                flavor.copiesNearest(),
                flavor.copies());
        PlaylistQuality playlist = report.playlist();
        out.printf(
                Locale.ROOT,
                "Playlists: %d of %d tracks, one from each track with an album; %.0f%% of the tracks after "
                        + "the seed are from its album (random walk: %.0f%%); mean step %.3f (random walk: %.3f)%n",
                playlist.playlists(),
                playlist.length(),
                playlist.seedAlbumShare() * 100,
                playlist.randomSeedAlbumShare() * 100,
                playlist.meanStep(),
                playlist.randomMeanStep());
        FlavorQualityText.print(out, report.flavorComparison());
        for (FileOutcome.Failed failed : summary.failures()) {
            out.println("  failed: " + PathText.of(failed.path()) + ": " + failed.reason());
        }
    }

    private static void row(PrintWriter out, String name, ImportRun run, BenchReport report) {
        ImportSummary summary = run.summary();
        WriteStats writes = summary.writes();
        PassCost cost = run.cost();
        out.printf(
                Locale.ROOT,
                ROW,
                name,
                fixed(cost.wallSeconds(), 2),
                fixed(run.filesPerSecond(), 1),
                fixed(run.xRealtime(report.audioSeconds()), 0),
                percent(cost.cpuUse()),
                megabytes(cost.peakRssBytes()),
                fixed(summary.writeTransactionsPerImportedFile(), 2),
                fixed(writes.txHoldMsP50(), 2),
                fixed(writes.txHoldMsP99(), 2),
                fixed(writes.lockWaitMsTotal(), 0),
                String.valueOf(writes.busyRetries()),
                String.valueOf(summary.failed()));
    }

    private static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    private static String megabytes(OptionalLong bytes) {
        return bytes.isPresent() ? fixed(bytes.getAsLong() / 1e6, 0) : "?";
    }
}
