package org.audioimport.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.OptionalLong;
import org.audioimport.bench.BenchReport;
import org.audioimport.bench.ImportRun;
import org.audioimport.bench.PassCost;
import org.audioimport.pipeline.ImportSummary;
import org.audioimport.playlist.PlaylistQuality;
import org.audioimport.similar.FlavorQuality;

/** The import benchmark's report as the JSON object documented in docs/cli.md. */
final class BenchJson {
    private static final double SECONDS_PER_HOUR = 3600;

    private BenchJson() {}

    static ObjectNode of(BenchReport report) {
        ObjectNode json = Json.object();
        json.put("dataset", report.dataset().toAbsolutePath().toString());
        json.put("workers", report.workers());
        json.put("cores", report.decodeFloor().cores());
        run(json, report.perFile(), report);
        PassCost floor = report.decodeFloor();
        json.put("decode_floor_cpu_use", Json.round(floor.cpuUse()));
        putMegabytes(json, "decode_floor_peak_rss_mb", floor.peakRssBytes());
        if (report.baseline() == null) {
            json.putNull("baseline");
            json.putNull("speedup_vs_baseline");
        } else {
            run(json.putObject("baseline"), report.baseline(), report);
            json.put(
                    "speedup_vs_baseline", Json.round(report.speedupVsBaseline().orElseThrow()));
        }
        FlavorQuality flavor = report.flavor();
        json.putObject("flavor")
                .put("queries", flavor.queries())
                .put("album_precision_at_" + flavor.k(), Json.round(flavor.albumPrecision()))
                .put("random_precision_at_" + flavor.k(), Json.round(flavor.randomPrecision()))
                .put("copies", flavor.copies())
                .put("copies_nearest", flavor.copiesNearest());
        PlaylistQuality playlist = report.playlist();
        json.putObject("playlist")
                .put("playlists", playlist.playlists())
                .put("length", playlist.length())
                .put("seed_album_share", Json.round(playlist.seedAlbumShare()))
                .put("random_walk_seed_album_share", Json.round(playlist.randomSeedAlbumShare()))
                .put("mean_step", Json.round(playlist.meanStep()))
                .put("random_walk_mean_step", Json.round(playlist.randomMeanStep()));
        FlavorQualityJson.put(json, report.flavorComparison());
        return json;
    }

    /** The keys one import run has, the import's at the top level and the baseline's under "baseline". */
    private static void run(ObjectNode json, ImportRun run, BenchReport report) {
        ImportSummary summary = run.summary();
        PassCost cost = run.cost();
        json.put("files", summary.filesSeen());
        json.put("imported", summary.imported());
        json.put("failed", summary.failed());
        json.put("audio_hours", Json.round(report.audioSeconds() / SECONDS_PER_HOUR));
        json.put("wall_s", Json.round(cost.wallSeconds()));
        json.put("files_per_s", Json.round(run.filesPerSecond()));
        json.put("x_realtime", Json.round(run.xRealtime(report.audioSeconds())));
        json.put("cpu_s", Json.round(cost.cpuSeconds()));
        json.put("cpu_use", Json.round(cost.cpuUse()));
        putMegabytes(json, "peak_rss_mb", cost.peakRssBytes());
        json.put("decode_floor_s", Json.round(report.decodeFloor().wallSeconds()));
        json.put(
                "wall_vs_decode_floor",
                Json.round(cost.wallSeconds() / report.decodeFloor().wallSeconds()));
        SummaryJson.putWork(json, summary);
    }

    private static void putMegabytes(ObjectNode json, String key, OptionalLong bytes) {
        if (bytes.isPresent()) {
            json.put(key, Json.round(bytes.getAsLong() / 1e6));
        } else {
            json.putNull(key);
        }
    }
}
