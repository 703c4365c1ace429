package org.audioimport.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.audioimport.decode.DecodeResult;
import org.audioimport.segment.AnalysisFixtures;
import org.audioimport.segment.AnalysisFixtures.Reference;
import org.audioimport.segment.SegmentOutcome;
import org.audioimport.segment.SegmentSettings;
import org.audioimport.segment.SegmentSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Past the 20 minutes the history holds in memory, its older minutes go to a temporary file and the
 * measures stay exact: a history that spills after 2 s gives every fixture the analysis that one
 * holding everything gives, to the last bit.
 */
class SpilledHistoryTest {

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.audioimport.segment.AnalysisFixtures#references")
    void aHistoryThatSpillsAfterTwoSecondsMeasuresEveryFixtureTheSame(Reference reference) throws Exception {
        SegmentSink segment = new SegmentSink();
        AnalyzeSink inMemory = new AnalyzeSink();
        double gap = SegmentSettings.DEFAULTS.minSilenceSeconds();
        try (AnalyzeSink spilling = new AnalyzeSink(AnalyzeSettings.DEFAULTS, gap, new SignalHistory(10, 2, folder))) {
            DecodeResult decoded = AnalysisFixtures.decode(reference.file(), segment, inMemory, spilling);
            SegmentOutcome segments = segment.finish();
            Analysis analysis = spilling.finish(segments);
            assertEquals(inMemory.finish(segments), analysis, reference.path());
            assertEquals(decoded.frames() > 2L * decoded.info().sampleRate(), spilling.spilled(), "spilled");
        }
    }

    @Test
    void aSinkThatSpilledMeasuresTheNextFileAsAFreshOne() throws Exception {
        double gap = SegmentSettings.DEFAULTS.minSilenceSeconds();
        try (AnalyzeSink reused = new AnalyzeSink(AnalyzeSettings.DEFAULTS, gap, new SignalHistory(10, 2, folder))) {
            SegmentSink segment = new SegmentSink();
            AnalysisFixtures.decode(AnalysisFixtures.folder().resolve("hidden-track.flac"), segment, reused);
            assertTrue(reused.spilled());
            reused.finish(segment.finish());
            AnalyzeSink fresh = new AnalyzeSink();
            AnalysisFixtures.decode(AnalysisFixtures.folder().resolve("fades.flac"), segment, reused, fresh);
            SegmentOutcome segments = segment.finish();
            assertEquals(fresh.finish(segments), reused.finish(segments));
        }
    }
}
