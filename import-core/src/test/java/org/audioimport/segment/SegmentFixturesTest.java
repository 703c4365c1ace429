package org.audioimport.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.audioimport.decode.Ticks;
import org.audioimport.segment.AnalysisFixtures.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Passages of the analysis fixtures, decoded with FFmpeg, against the truth their script built in. */
class SegmentFixturesTest {

    /** Boundaries within 20 ms of where the script put them. */
    private static final double TOLERANCE_SECONDS = 0.020;

    static List<Reference> fixturesWithTruth() {
        return AnalysisFixtures.references().stream()
                .filter(r -> !r.get("passages").isEmpty())
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixturesWithTruth")
    void passagesMatchTheBuiltInSilencesWithin20Ms(Reference reference) throws Exception {
        SegmentOutcome outcome = segment(reference);
        List<double[]> truth = reference.passages();
        if (truth.isEmpty()) {
            assertInstanceOf(NoAudio.class, outcome);
            return;
        }
        List<Passage> found = assertInstanceOf(Segmented.class, outcome).passages();
        assertEquals(truth.size(), found.size(), "passages found: " + found);
        for (int i = 0; i < truth.size(); i++) {
            assertEquals(truth.get(i)[0], found.get(i).startSeconds(), TOLERANCE_SECONDS, "start of passage " + i);
            assertEquals(truth.get(i)[1], found.get(i).endSeconds(), TOLERANCE_SECONDS, "end of passage " + i);
        }
    }

    @Test
    void hiddenTrackAfterTwelveSecondsOfSilenceIsASecondPassage() throws Exception {
        Segmented segmented =
                assertInstanceOf(Segmented.class, segment(AnalysisFixtures.reference("hidden-track.flac")));
        assertEquals(2, segmented.passages().size());
        Passage hidden = segmented.passages().get(1);
        assertEquals(18.0, hidden.startSeconds(), TOLERANCE_SECONDS);
        assertEquals(22.0, hidden.endSeconds(), TOLERANCE_SECONDS);
        assertEquals(SegmentSink.VERSION, segmented.version());
    }

    @Test
    void softIntroAndOneAndAHalfSecondPauseStayOnePassage() throws Exception {
        Segmented segmented = assertInstanceOf(Segmented.class, segment(AnalysisFixtures.reference("quiet-gap.flac")));
        assertEquals(1, segmented.passages().size(), "passages: " + segmented.passages());
        assertEquals(0.0, segmented.passages().get(0).startSeconds(), TOLERANCE_SECONDS, "the soft intro is in");
    }

    @Test
    void digitalSilenceHasNoAudioAndNoPassage() throws Exception {
        NoAudio none = assertInstanceOf(NoAudio.class, segment(AnalysisFixtures.reference("silence.flac")));
        assertEquals(5 * 16000, none.frames());
        assertEquals(null, none.peakDbfs());
        assertEquals(SegmentSink.VERSION, none.version());
    }

    @Test
    void passageTicksAreTheFramesAtTheFileRate() throws Exception {
        Segmented segmented = assertInstanceOf(Segmented.class, segment(AnalysisFixtures.reference("fades.flac")));
        for (Passage p : segmented.passages()) {
            assertEquals(Ticks.fromFrames(p.startFrame(), 16000), p.startTicks());
            assertEquals(Ticks.fromFrames(p.endFrame(), 16000), p.endTicks());
        }
    }

    private static SegmentOutcome segment(Reference reference) throws Exception {
        SegmentSink sink = new SegmentSink();
        AnalysisFixtures.decode(reference.file(), sink);
        return sink.finish();
    }
}
