package org.audioimport.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.audioimport.store.FileDetails;
import org.audioimport.testing.SampleLibrary;
import org.audioimport.testing.Tsv;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The segment and analyze phases run on the import's one decode, and their rows are stored with the file. */
class LoudnessImportTest {
    @TempDir
    Path dir;

    private PipelineHarness harness;
    private Path library;
    private ImportSummary summary;

    @BeforeEach
    void importSampleAndAnalysisFixtures() throws Exception {
        library = SampleLibrary.copyTo(dir.resolve("library"));
        SampleLibrary.addAnalysisFixtures(library, SampleLibrary.analysisFixtures());
        harness = new PipelineHarness(dir.resolve("library.db"));
        summary = harness.run(library, ImportListener.NONE);
    }

    @Test
    void everyFileIsStillWrittenInOneTransaction() {
        assertEquals(0, summary.failed(), () -> summary.failures().toString());
        assertEquals(1.0, summary.writeTransactionsPerImportedFile());
    }

    @Test
    void storedLoudnessAndTruePeakMatchFfmpegsReferenceValues() throws Exception {
        for (Map<String, String> row : reference()) {
            FileDetails stored = stored(row.get("path"));
            String where = row.get("path");
            if (row.get("integrated_lufs").isEmpty() || Double.parseDouble(row.get("integrated_lufs")) <= -70) {
                continue;
            }
            assertEquals(
                    Double.parseDouble(row.get("integrated_lufs")),
                    stored.levels().integratedLufs(),
                    0.1,
                    where);
            assertEquals(
                    Double.parseDouble(row.get("true_peak_dbtp")),
                    stored.levels().truePeakDbtp(),
                    0.3,
                    where);
        }
    }

    @Test
    void hiddenTrackIsStoredAsTwoPassagesWithTheirBoundaries() throws Exception {
        Map<String, String> truth = reference().stream()
                .filter(r -> r.get("path").endsWith("hidden-track.flac"))
                .findFirst()
                .orElseThrow();
        List<FileDetails.PassageDetails> passages =
                stored("analysis/hidden-track.flac").passages();

        String[] expected = truth.get("passages").split("\\s+", -1);
        assertEquals(2, expected.length);
        assertEquals(2, passages.size());
        for (int i = 0; i < 2; i++) {
            String[] bounds = expected[i].split("-", -1);
            assertEquals(Double.parseDouble(bounds[0]), passages.get(i).startSeconds(), 0.02, "start " + i);
            assertEquals(Double.parseDouble(bounds[1]), passages.get(i).endSeconds(), 0.02, "end " + i);
            assertNotNull(passages.get(i).integratedLufs());
        }
    }

    @Test
    void silentFileHasNoPassageAndIsMarkedNoAudio() throws Exception {
        FileDetails silence = stored("analysis/silence.flac");

        assertTrue(silence.levels().noAudio());
        assertTrue(silence.passages().isEmpty());
        assertNull(silence.levels().integratedLufs());
        assertEquals(1L, harness.reader.status(1).filesByStatus().get("no audio"));
    }

    @Test
    void albumTracksShareOneAlbumGainFromAllTheirBlocksAndLooseFilesHaveNone() throws Exception {
        List<Double> albumGains = SampleLibrary.expected().stream()
                .filter(r -> "Synthetic Seasons".equals(r.get("album"))
                        && !r.get("path").startsWith("copies/"))
                .map(r -> stored(r.get("path")).levels().albumGainDb())
                .distinct()
                .collect(Collectors.toList());

        assertEquals(1, albumGains.size(), albumGains.toString());
        assertNotNull(albumGains.get(0));
        assertNull(stored("analysis/fades.flac").levels().albumGainDb(), "no album tag, no album gain");
        assertNotNull(stored("analysis/fades.flac").levels().trackGainDb());
    }

    private FileDetails stored(String relative) {
        return harness.stored(library.resolve(relative));
    }

    private static List<Map<String, String>> reference() {
        return Tsv.read(SampleLibrary.testData().resolve("analysis/reference.tsv")).stream()
                .map(row -> {
                    Map<String, String> relative = new java.util.HashMap<>(row);
                    relative.put("path", row.get("path").replaceFirst("^sample/", ""));
                    return relative;
                })
                .toList();
    }
}
