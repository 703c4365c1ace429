package org.audioimport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench [DATASET]} on the sample: its JSON report and its usage errors, never its speed. */
class BenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void benchOnTheSampleWithBaselineReportsTheDocumentedKeys() throws Exception {
        Path library = Cli.sampleCopy(dir.resolve("library"));
        Files.writeString(library.resolve("notes.mp3"), "text, not audio");
        long audioFiles = Cli.countAudioFiles(library) - 1;

        Cli bench = Cli.run("bench", library.toString(), "--json", "--baseline", "--workers", "2");

        assertEquals(0, bench.exitCode(), bench.err());
        JsonNode report = bench.json();
        List<String> runKeys = List.of(
                "files",
                "imported",
                "failed",
                "audio_hours",
                "wall_s",
                "files_per_s",
                "x_realtime",
                "cpu_s",
                "cpu_use",
                "peak_rss_mb",
                "decode_floor_s",
                "wall_vs_decode_floor",
                "write_transactions",
                "write_tx_per_imported_file",
                "tx_hold_ms_p50",
                "tx_hold_ms_p99",
                "lock_wait_ms_total",
                "busy_retries",
                "index_vectors_inserted",
                "index_insert_s",
                "phases",
                "failures");
        Cli.assertHasKeys(report, runKeys);
        Cli.assertHasKeys(report.get("baseline"), runKeys);
        Cli.assertHasKeys(
                report,
                List.of(
                        "dataset",
                        "workers",
                        "cores",
                        "decode_floor_cpu_use",
                        "decode_floor_peak_rss_mb",
                        "speedup_vs_baseline"));
        assertEquals(audioFiles + 1, report.get("files").asLong());
        assertEquals(2, report.get("workers").asInt());
        assertEquals(1, report.get("failed").asInt());
        assertEquals(
                library.resolve("notes.mp3").toString(),
                report.get("failures").get(0).get("path").asText());
        assertEquals(1.0, report.get("write_tx_per_imported_file").asDouble());
        assertTrue(report.get("baseline").get("write_tx_per_imported_file").asDouble() > 1);
        assertTrue(report.get("phases").get("decode").asDouble() > 0);
        JsonNode flavor = report.get("flavor");
        assertEquals(3, flavor.get("copies").asInt(), "First Frost and its two transcodes");
        assertEquals(3, flavor.get("copies_nearest").asInt());
        assertTrue(flavor.get("random_precision_at_5").asDouble() > 0, flavor.toString());
        JsonNode playlist = report.get("playlist");
        assertEquals(audioFiles - 2 - 1, playlist.get("playlists").asInt(), "one per recording with an album");
        for (String share : List.of("seed_album_share", "random_walk_seed_album_share")) {
            assertTrue(
                    playlist.get(share).asDouble() > 0 && playlist.get(share).asDouble() <= 0.5, playlist.toString());
        }
        assertTrue(
                playlist.get("mean_step").asDouble()
                        < playlist.get("random_walk_mean_step").asDouble(),
                playlist.toString());
    }

    @Test
    void benchWithoutBaselineSaysNullAndPrintsTextByDefault() throws Exception {
        Path library = Cli.sampleCopy(dir.resolve("library"));

        Cli json = Cli.run("bench", library.toString(), "--json", "--workers", "1");
        Cli text = Cli.run("bench", library.toString(), "--workers", "1");

        assertEquals(0, json.exitCode(), json.err());
        assertTrue(json.json().get("baseline").isNull());
        assertTrue(json.json().get("speedup_vs_baseline").isNull());
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("decode floor") && text.out().contains("x the decode floor"), text.out());
        assertTrue(text.out().contains("3 of 3 tracks with a copy have a copy as their nearest"), text.out());
    }

    @Test
    void aDatasetThatIsNotAFolderOrBadOptionsAreUsageErrors() {
        Cli missing = Cli.run("bench", dir.resolve("missing").toString());

        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("no such folder"), missing.err());
        assertEquals(2, Cli.run("bench", dir.toString(), "--workers", "0").exitCode());
        assertEquals(2, Cli.run("bench", dir.toString(), "--cpu-workers", "0").exitCode());
        assertEquals(0, Cli.run("bench", "--help").exitCode());
    }
}
