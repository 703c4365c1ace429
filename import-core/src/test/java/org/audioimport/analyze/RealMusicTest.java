package org.audioimport.analyze;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.audioimport.decode.AudioDecoder;
import org.audioimport.decode.DecodeResult;
import org.audioimport.decode.PcmFanOut;
import org.audioimport.decode.SampleFormat;
import org.audioimport.fingerprint.Chromaprint;
import org.audioimport.fingerprint.Fingerprint;
import org.audioimport.fingerprint.FingerprintSink;
import org.audioimport.segment.SegmentSink;
import org.audioimport.testing.SampleLibrary;
import org.audioimport.testing.Tsv;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Excerpts of real music (test-data/music, made by test-data/make-music-fixtures.sh from the Debian
 * packages of the benchmark dataset) measured in one decode agree with the reference tools run by
 * Debian's ffmpeg and fpcalc (test-data/music/reference.tsv): sample peak within 0.01 dB of astats,
 * integrated loudness within 0.1 LU and true peak within 0.3 dB of ebur128, the raw fingerprint
 * identical to fpcalc's. Among them are lossy files whose decode goes above full scale, which a
 * 16-bit decode would clip, and a 24-bit source.
 */
class RealMusicTest {
    private static final double SAMPLE_PEAK_DB = 0.01;
    private static final double INTEGRATED_LU = 0.1;
    private static final double TRUE_PEAK_DB = 0.3;

    private static FingerprintSink fingerprints;
    private final AudioDecoder decoder = AudioDecoder.ffmpeg();

    @BeforeAll
    static void load() throws Exception {
        fingerprints = Chromaprint.load().newSink();
    }

    @AfterAll
    static void close() {
        fingerprints.close();
    }

    static List<Map<String, String>> excerpts() {
        return Tsv.read(SampleLibrary.testData().resolve("music/reference.tsv"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("excerpts")
    void peaksLoudnessAndFingerprintMatchTheReferenceTools(Map<String, String> excerpt) throws Exception {
        Path file = SampleLibrary.testData().resolve(excerpt.get("path"));
        SegmentSink segments = new SegmentSink();
        AnalyzeSink analysis = new AnalyzeSink();
        DecodeResult decoded = decoder.decode(file, new PcmFanOut(List.of(segments, analysis, fingerprints)));
        Loudness loudness = analysis.finish(segments.finish()).loudness();
        Fingerprint fingerprint = assertInstanceOf(Fingerprint.class, fingerprints.finish());

        double samplePeak = Double.parseDouble(excerpt.get("sample_peak_dbfs"));
        System.out.printf(
                Locale.ROOT,
                "%-22s %-6s peak %8.4f / %8.4f  I %8.3f / %s  TP %7.3f / %s%n",
                excerpt.get("path"),
                decoded.info().sampleFormat(),
                loudness.samplePeakDbfs(),
                samplePeak,
                loudness.integratedLufs(),
                excerpt.get("integrated_lufs"),
                loudness.truePeakDbtp(),
                excerpt.get("true_peak_dbtp"));
        assertEquals(samplePeak, loudness.samplePeakDbfs(), SAMPLE_PEAK_DB, "sample peak (dBFS)");
        assertEquals(
                Double.parseDouble(excerpt.get("integrated_lufs")),
                loudness.integratedLufs(),
                INTEGRATED_LU,
                "integrated loudness (LUFS)");
        assertEquals(
                Double.parseDouble(excerpt.get("true_peak_dbtp")),
                loudness.truePeakDbtp(),
                TRUE_PEAK_DB,
                "true peak (dBTP)");
        int[] expected = Arrays.stream(excerpt.get("fingerprint").split(",", -1))
                .mapToInt(s -> (int) Long.parseLong(s))
                .toArray();
        assertArrayEquals(expected, fingerprint.raw(), "raw fingerprint, as fpcalc's");
    }

    @Test
    void mp2IsDescribedByTheSixteenBitsItsDecoderGivesNotByTheFloatsOfItsProbe() throws Exception {
        DecodeResult decoded = decoder.decode(SampleLibrary.testData().resolve("music/mp2.mp2"), new ResolutionProbe());

        assertEquals(SampleFormat.S16, decoded.info().sampleFormat());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("excerpts")
    void lossyLoudExcerptsDecodeAboveFullScaleAndTheTwentyFourBitOneKeepsItsResolution(Map<String, String> excerpt)
            throws Exception {
        Path file = SampleLibrary.testData().resolve(excerpt.get("path"));
        String name = file.getFileName().toString();
        ResolutionProbe probe = new ResolutionProbe();
        DecodeResult decoded = decoder.decode(file, probe);
        if (name.startsWith("loud-")) {
            assertEquals(SampleFormat.FLOAT, decoded.info().sampleFormat());
            assertTrue(probe.peak() > 1.0f, name + " peaks at " + probe.peak() + ", above full scale");
        }
        if (name.endsWith("-24.flac")) {
            assertEquals(SampleFormat.S32, decoded.info().sampleFormat());
            assertTrue(probe.finerThanSixteenBits(), "samples between 16-bit steps");
        }
    }
}
