package org.audioimport.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Locale;
import org.audioimport.segment.AnalysisFixtures;
import org.audioimport.segment.AnalysisFixtures.Reference;
import org.audioimport.segment.SegmentSink;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Integrated loudness, loudness range and true peak of every analysis fixture and every file of
 * the sample library agree with FFmpeg's ebur128 filter (test-data/analysis/reference.tsv).
 * Lossy files are decoded by the bundled FFmpeg to 16 bits here, and by the system's FFmpeg in
 * floating point for the reference: the small differences that makes are inside the tolerances.
 */
class LoudnessMatchesFfmpegTest {

    /** Within 0.1 LU of FFmpeg's integrated loudness. */
    private static final double INTEGRATED_LU = 0.1;
    /** Within 1 LU of FFmpeg's loudness range. */
    private static final double RANGE_LU = 1.0;
    /** Within 0.3 dB of FFmpeg's true peak (which oversamples to 192 kHz with its resampler). */
    private static final double TRUE_PEAK_DB = 0.3;

    static List<Reference> references() {
        return AnalysisFixtures.references();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("references")
    void integratedLoudnessRangeAndTruePeakMatchFfmpeg(Reference reference) throws Exception {
        SegmentSink segments = new SegmentSink();
        AnalyzeSink analysis = new AnalyzeSink();
        AnalysisFixtures.decode(reference.file(), segments, analysis);
        Loudness loudness = analysis.finish(segments.finish()).loudness();

        double ffmpegI = Double.parseDouble(reference.get("integrated_lufs"));
        String ffmpegTp = reference.get("true_peak_dbtp");
        System.out.printf(
                Locale.ROOT,
                "%-62s I %8.3f / %8.3f  LRA %6.2f / %6.2f  TP %7.3f / %s%n",
                reference.path(),
                loudness.integratedLufs(),
                ffmpegI,
                loudness.rangeLu(),
                Double.parseDouble(reference.get("lra_lu")),
                loudness.truePeakDbtp(),
                ffmpegTp);
        if (ffmpegTp.equals("-inf")) {
            // FFmpeg's "nothing above the gate" is its starting value of -70 LUFS; ours is null.
            assertEquals(-70.0, ffmpegI);
            assertNull(loudness.integratedLufs(), "integrated loudness of silence");
            assertNull(loudness.truePeakDbtp(), "true peak of silence");
            return;
        }
        assertNotNull(loudness.integratedLufs(), "integrated loudness");
        assertEquals(ffmpegI, loudness.integratedLufs(), INTEGRATED_LU, "integrated loudness (LUFS)");
        assertEquals(Double.parseDouble(reference.get("lra_lu")), loudness.rangeLu(), RANGE_LU, "loudness range (LU)");
        assertEquals(Double.parseDouble(ffmpegTp), loudness.truePeakDbtp(), TRUE_PEAK_DB, "true peak (dBTP)");
    }
}
