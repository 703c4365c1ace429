package org.audioimport.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.audioimport.analyze.AnalyzeSettings;
import org.audioimport.fingerprint.Chromaprint;
import org.audioimport.pipeline.ImportSettings;
import org.audioimport.pipeline.PhaseSettings;
import org.audioimport.scanning.WalkSettings;
import org.audioimport.segment.SegmentSettings;
import org.audioimport.store.BusyRetry;
import org.audioimport.store.Catalogue;
import org.audioimport.store.CatalogueReader;
import org.audioimport.store.FileDetails;
import org.audioimport.testing.SampleLibrary;
import org.audioimport.testing.Tsv;
import org.audioimport.testing.Wav;
import org.jaudiotagger.audio.AudioFile;
import org.jaudiotagger.audio.AudioFileIO;
import org.jaudiotagger.tag.FieldKey;
import org.jaudiotagger.tag.Tag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The accuracy benchmark on the real-music excerpts of test-data/music, with a file that is not audio and a
 * silent one beside them: what it compares and counts against the reference tools, which it runs itself.
 */
class AccuracyBenchmarkTest {
    private static final PhaseSettings PHASES =
            new PhaseSettings(Chromaprint.DEFAULT_LENGTH_SECONDS, SegmentSettings.DEFAULTS, AnalyzeSettings.DEFAULTS);

    @TempDir
    static Path dir;

    /**
     * Two excerpts tagged as one album, 13.6 LU apart: its gain is neither track's, so the pooling of their
     * blocks is what the album gain metric checks.
     */
    private static final Set<String> ALBUM = Set.of("plain-16.flac", "quiet-24.flac");

    private static List<Map<String, String>> references;
    private static Path dataset;
    private static AccuracyReport report;

    @BeforeAll
    static void runTheBenchmarkOnTheMusicExcerpts() throws Exception {
        references = Tsv.read(SampleLibrary.testData().resolve("music/reference.tsv"));
        dataset = Files.createDirectories(dir.resolve("dataset"));
        for (Map<String, String> row : references) {
            Path excerpt = SampleLibrary.testData().resolve(row.get("path"));
            if (ALBUM.contains(excerpt.getFileName().toString())) {
                tagAsOneAlbum(excerpt, dataset.resolve(excerpt.getFileName()));
            } else {
                Files.copy(excerpt, dataset.resolve(excerpt.getFileName()));
            }
        }
        Files.writeString(dataset.resolve("notes.mp3"), "not audio at all\n");
        Wav.write(dataset.resolve("silence.wav"), new short[44_100 * 5]);
        AccuracyBenchmark benchmark = new AccuracyBenchmark(
                Chromaprint.load(),
                new ImportSettings(2, null, WalkSettings.DEFAULT, PHASES),
                BusyRetry.DEFAULT_GIVE_UP_AFTER);

        report = benchmark.run(dataset, Files.createDirectories(dir.resolve("work")));
    }

    @Test
    void comparesTheFilesBothSidesMeasuredAndLeavesOutWhatTheToolsCannotMeasure() {
        assertEquals(references.size(), report.files(), "neither the text file nor the silent one");
        for (AccuracyReport.Metric metric : report.metrics()) {
            int expected = metric.key().startsWith("album_gain") ? ALBUM.size() : references.size();
            assertEquals(expected, metric.compared(), metric.name() + ": the files with an album");
            assertTrue(metric.within() <= metric.compared(), metric.toString());
        }
    }

    @Test
    void reportsTheEightMetricsInOrderWithTheirTolerances() {
        assertEquals(
                List.of(
                        "fingerprint_identical",
                        "integrated_within_0_1_lu",
                        "true_peak_within_0_3_db",
                        "sample_peak_within_0_01_db",
                        "true_peak_ideal_within_0_05_db",
                        "loudness_range_within_0_05_lu",
                        "album_gain_within_0_01_db",
                        "passages_within_0_1_ms"),
                report.metrics().stream().map(AccuracyReport.Metric::key).toList());
        assertEquals(
                List.of(0.0, 0.1, 0.3, 0.01, 0.05, 0.05, 0.01, 0.1),
                report.metrics().stream().map(AccuracyReport.Metric::tolerance).toList());
        assertEquals(
                List.of("bits", "LU", "dB", "dB", "dB", "LU", "dB", "ms"),
                report.metrics().stream().map(AccuracyReport.Metric::unit).toList());
    }

    @Test
    void everyMetricOfRealMusicAgreesWithTheReferenceToolsOnEveryFile() {
        for (AccuracyReport.Metric metric : report.metrics()) {
            assertEquals(metric.compared(), metric.within(), metric.toString());
            assertTrue(metric.worst() <= metric.tolerance() + 1e-9, metric.toString());
        }
    }

    @Test
    void namesTheFileOfTheLargestDeviationPerMetric() {
        Set<String> excerpts = references.stream()
                .map(row ->
                        dataset.resolve(Path.of(row.get("path")).getFileName()).toString())
                .collect(Collectors.toSet());
        Set<String> albumFiles =
                ALBUM.stream().map(name -> dataset.resolve(name).toString()).collect(Collectors.toSet());
        for (AccuracyReport.Metric metric : report.metrics()) {
            assertTrue(
                    (metric.key().startsWith("album_gain") ? albumFiles : excerpts).contains(metric.worstPath()),
                    metric.toString());
            assertTrue(metric.worst() >= 0, metric.toString());
        }
    }

    @Test
    void keepsTheCatalogueItImportedInTheWorkFolder() throws Exception {
        CatalogueReader reader = new CatalogueReader(Catalogue.openExisting(dir.resolve("work/accuracy.db")));

        assertEquals(1, reader.failedFiles().size(), "the text file");
        assertEquals(
                dataset.resolve("notes.mp3").toString(),
                reader.failedFiles().get(0).path());
        assertTrue(reader.file(dataset.resolve("silence.wav").toString())
                .orElseThrow()
                .levels()
                .noAudio());
    }

    @Test
    void theReferenceToolsGiveTheValuesTheFixtureScriptRecorded() throws Exception {
        ReferenceTools tools = new ReferenceTools();
        for (Map<String, String> row : references) {
            ReferenceTools.Reference measured =
                    tools.measure(SampleLibrary.testData().resolve(row.get("path")));

            String file = row.get("path");
            assertEquals(Double.parseDouble(row.get("integrated_lufs")), measured.integratedLufs(), 0.0005, file);
            assertEquals(Double.parseDouble(row.get("true_peak_dbtp")), measured.truePeakDbtp(), 0.0005, file);
            assertEquals(Double.parseDouble(row.get("sample_peak_dbfs")), measured.samplePeakDbfs(), 0.0000005, file);
            assertEquals(
                    measured.truePeakDbtp(), measured.reconstructedPeakDbtp(), 0.3, file + ": two ways to one peak");
            assertArrayEquals(
                    Arrays.stream(row.get("fingerprint").split(","))
                            .mapToInt(item -> (int) Long.parseLong(item))
                            .toArray(),
                    measured.fingerprint(),
                    file);
        }
    }

    @Test
    void theReferenceToolsMeasureNothingInSilenceOrInAFileThatIsNotAudio() throws Exception {
        ReferenceTools tools = new ReferenceTools();

        ReferenceTools.Reference silence = tools.measure(dataset.resolve("silence.wav"));
        ReferenceTools.Reference text = tools.measure(dataset.resolve("notes.mp3"));

        assertNull(silence.integratedLufs(), "ebur128 stays at -70 LUFS: no block passed the gates");
        assertNull(silence.samplePeakDbfs(), "-inf");
        assertNull(text.integratedLufs());
        assertNull(text.samplePeakDbfs());
        assertNull(text.fingerprint());
        assertNull(silence.reconstructedPeakDbtp(), "-inf");
        assertNull(text.reconstructedPeakDbtp());
    }

    @Test
    void readsTheSampleRateAndChannelsFromFfprobesKeyValueLines() {
        assertEquals(
                new ReferenceTools.StreamShape(44_100, 2),
                ReferenceTools.streamShape("sample_rate=44100\nchannels=2\n"));
        assertEquals(
                new ReferenceTools.StreamShape(48_000, 6), ReferenceTools.streamShape("channels=6\nsample_rate=48000"));
        assertNull(ReferenceTools.streamShape(""), "no audio stream");
        assertNull(ReferenceTools.streamShape("sample_rate=44100\n"), "no channel count");
    }

    @Test
    void aPassageBoundaryOffByMoreThanTheToleranceOrAMissingPassageIsADeviation() {
        List<ReferencePassages.Passage> reference = List.of(new ReferencePassages.Passage(0.5, 100, 1, 99));

        assertEquals(
                0.0,
                AccuracyBenchmark.passageDeviation(
                        reference,
                        List.of(new FileDetails.PassageDetails(0.5, 100, 1.0, 99.0, null, null, -14.0, -1.0))));
        assertEquals(
                0.25,
                AccuracyBenchmark.passageDeviation(
                        reference,
                        List.of(new FileDetails.PassageDetails(0.5, 100, 1.0, 98.75, null, null, -14.0, -1.0))),
                1e-12);
        assertEquals(Double.POSITIVE_INFINITY, AccuracyBenchmark.passageDeviation(reference, List.of()));
        assertEquals(
                Double.POSITIVE_INFINITY,
                AccuracyBenchmark.passageDeviation(
                        reference,
                        List.of(new FileDetails.PassageDetails(0.5, 100, null, 99.0, null, null, -14.0, -1.0))));
    }

    @Test
    void theShareOfDifferingBitsCountsEachMissingItemAsThirtyTwoBits() {
        assertEquals(0.0, AccuracyBenchmark.bitErrorShare(new int[] {1, 2, 3}, new int[] {1, 2, 3}));
        assertEquals(1.0 / 64, AccuracyBenchmark.bitErrorShare(new int[] {0, 7}, new int[] {0, 6}));
        assertEquals(1.0, AccuracyBenchmark.bitErrorShare(new int[] {0}, new int[] {-1}));
        assertEquals(0.5, AccuracyBenchmark.bitErrorShare(new int[] {5}, new int[] {5, 5}));
        assertEquals(0.5, AccuracyBenchmark.bitErrorShare(new int[] {5, 5}, new int[] {5}));
    }

    /** A copy of {@code excerpt} with album tags that make it one of {@link #ALBUM}; its audio is untouched. */
    private static void tagAsOneAlbum(Path excerpt, Path copy) throws Exception {
        Files.copy(excerpt, copy);
        AudioFile audio = AudioFileIO.read(copy.toFile());
        Tag tag = audio.getTagOrCreateAndSetDefault();
        tag.setField(FieldKey.ALBUM, "Two Excerpts");
        tag.setField(FieldKey.ALBUM_ARTIST, "The Fixtures");
        audio.commit();
    }
}
