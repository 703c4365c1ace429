package org.audioimport.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.audioimport.fingerprint.Chromaprint;
import org.audioimport.testing.SampleLibrary;
import org.junit.jupiter.api.Test;

/** The benchmark's bookkeeping: one result per format with its files and audio; speed itself is not asserted. */
class DecodeBenchmarkTest {
    @Test
    void reportsEachFormatWithItsFilesAndAudioLength() throws Exception {
        List<Path> files = SampleLibrary.expected().stream()
                .filter(row -> List.of("flac", "mp3").contains(row.get("container")))
                .map(row -> SampleLibrary.sample().resolve(row.get("path")))
                .toList();
        long flacFiles = SampleLibrary.expected().stream()
                .filter(r -> "flac".equals(r.get("container")))
                .count();

        List<DecodeBenchmark.FormatResult> results = new DecodeBenchmark(Chromaprint.load(), 1).run(files);

        assertEquals(
                List.of("flac", "mp3"),
                results.stream()
                        .map(DecodeBenchmark.FormatResult::container)
                        .sorted()
                        .toList());
        DecodeBenchmark.FormatResult flac = results.stream()
                .filter(r -> r.container().equals("flac"))
                .findFirst()
                .orElseThrow();
        assertEquals(flacFiles, flac.files());
        assertTrue(flac.audioSeconds() > 5 * flacFiles, "audio seconds " + flac.audioSeconds());
        assertTrue(flac.decodeXRealtime() > 0
                && flac.decodeFingerprintXRealtime() > 0
                && flac.decodeAllPhasesXRealtime() > 0);
    }

    @Test
    void medianOfOddAndEvenCounts() {
        assertEquals(2.0, DecodeBenchmark.median(new double[] {3, 1, 2}));
        assertEquals(2.5, DecodeBenchmark.median(new double[] {4, 1, 3, 2}));
    }
}
