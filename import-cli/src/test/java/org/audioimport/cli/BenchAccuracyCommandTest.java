package org.audioimport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench accuracy} on the sample library, fpcalc and ffmpeg run by the command itself: every file's
 * fingerprint is fpcalc's, and each metric is reported with its worst file, in JSON and as text.
 */
class BenchAccuracyCommandTest {
    private static final List<String> METRICS = List.of(
            "fingerprint_identical",
            "integrated_within_0_1_lu",
            "true_peak_within_0_3_db",
            "sample_peak_within_0_01_db",
            "loudness_range_within_0_05_lu",
            "passages_within_0_1_ms");

    @TempDir
    Path dir;

    @Test
    void jsonCountsTheFilesWithinEachToleranceAndTheFingerprintsAreFpcalcS() throws Exception {
        Path library = Cli.sampleCopy(dir.resolve("library"));
        long files = Cli.countAudioFiles(library);

        Cli bench = Cli.run("bench", "accuracy", library.toString(), "--json", "--workers", "2");

        assertEquals(0, bench.exitCode(), bench.err());
        JsonNode report = bench.json();
        assertEquals(files, report.get("files").asLong(), report.toString());
        METRICS.forEach(key -> assertTrue(report.get(key).isInt(), "no count for " + key));
        JsonNode fingerprint = report.get("worst").get("fingerprint");
        assertEquals(files, fingerprint.get("compared").asLong(), report.toString());
        assertEquals(files, report.get("fingerprint_identical").asLong(), report.toString());
        assertEquals(0.0, report.get("fingerprint_worst_bit_error").asDouble());
        report.get("worst")
                .forEach(metric -> assertTrue(
                        metric.get("compared").asLong() <= files && metric.has("path") && metric.has("deviation"),
                        metric.toString()));
    }

    @Test
    void textHasARowPerMetricWithItsToleranceAndWorstFile() {
        Path library = Cli.sampleCopy(dir.resolve("library"));

        Cli bench = Cli.run("bench", "accuracy", library.toString(), "--workers", "2");

        assertEquals(0, bench.exitCode(), bench.err());
        List<String> lines = bench.out().lines().toList();
        assertTrue(lines.get(0).endsWith(" files that ffmpeg decodes"), lines.get(0));
        assertTrue(lines.get(1).startsWith("metric"), lines.get(1));
        String fingerprint = lines.stream()
                .filter(line -> line.startsWith("fingerprint "))
                .findFirst()
                .orElseThrow();
        assertTrue(fingerprint.contains("identical") && fingerprint.contains("0.0000% bits"), fingerprint);
        assertTrue(
                lines.stream().anyMatch(line -> line.startsWith("integrated loudness") && line.contains(" LU ")),
                bench.out());
    }

    @Test
    void aDatasetThatIsNotThereIsAUsageErrorNamingIt() {
        Path missing = dir.resolve("no-such-dataset");

        Cli bench = Cli.run("bench", "accuracy", missing.toString());

        assertEquals(2, bench.exitCode());
        assertTrue(bench.err().contains(missing + ": no such folder"), bench.err());
    }
}
