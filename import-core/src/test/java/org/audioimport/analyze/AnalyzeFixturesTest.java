package org.audioimport.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.audioimport.decode.Ticks;
import org.audioimport.segment.AnalysisFixtures;
import org.audioimport.segment.SegmentSink;
import org.junit.jupiter.api.Test;

/** Lead-in, lead-out, fades and per-passage values of the analysis fixtures, decoded with FFmpeg. */
class AnalyzeFixturesTest {

    @Test
    void linearFadesAreFoundWithRoughlyTheirLength() throws Exception {
        Analysis analysis = analyse("fades.flac");
        Envelope envelope = analysis.passages().get(0).envelope();
        System.out.println("fades.flac: " + envelope + " fade-in " + seconds(envelope.fadeIn()) + " s, fade-out "
                + seconds(envelope.fadeOut()) + " s");
        assertNotNull(envelope.fadeIn(), "fade-in");
        assertNotNull(envelope.fadeOut(), "fade-out");
        // The rule stops measuring a ramp within 2 dB of the body's level: on a linear ramp that
        // leaves out the last quarter or third of it.
        assertEquals(1.0, seconds(envelope.fadeIn().startTicks()), 0.02, "fade-in starts with the passage");
        assertTrue(
                envelope.fadeIn().seconds() > 0.5 * 3.0 && envelope.fadeIn().seconds() < 1.1 * 3.0,
                "fade-in of " + envelope.fadeIn().seconds() + " s for a 3 s ramp");
        assertEquals(12.77, seconds(envelope.fadeOut().endTicks()), 0.02, "fade-out ends with the passage");
        assertTrue(
                envelope.fadeOut().seconds() > 0.5 * 4.0 && envelope.fadeOut().seconds() < 1.1 * 4.0,
                "fade-out of " + envelope.fadeOut().seconds() + " s for a 4 s ramp");
        assertEquals(envelope, analysis.envelope(), "a one-passage file's envelope is its passage's");
    }

    @Test
    void musicThatStartsAndStopsAtFullLevelHasNoFades() throws Exception {
        Analysis analysis = analyse("hidden-track.flac");
        assertEquals(2, analysis.passages().size());
        for (PassageAnalysis passage : analysis.passages()) {
            assertNull(passage.envelope().fadeIn(), "fade-in of " + passage.passage());
            assertNull(passage.envelope().fadeOut(), "fade-out of " + passage.passage());
        }
    }

    @Test
    void softIntroIsAStepNotAFadeAndTheLeadInIsWhereTheLoudPartBegins() throws Exception {
        Analysis analysis = analyse("quiet-gap.flac");
        PassageAnalysis passage = analysis.passages().get(0);
        System.out.println("quiet-gap.flac: " + passage.envelope());
        assertNull(passage.envelope().fadeIn(), "a soft intro followed by a step is not a fade-in");
        assertEquals(4.0, seconds(passage.envelope().leadInTicks()), 0.02, "lead-in");
        assertEquals(0.0, passage.passage().startSeconds(), 0.02, "the passage itself starts with the intro");
        assertEquals(14.5, seconds(passage.envelope().leadOutTicks()), 0.02, "lead-out");
    }

    @Test
    void eachPassageHasItsOwnLoudnessAndTheFileGainIsReplayGain2() throws Exception {
        Analysis analysis = analyse("hidden-track.flac");
        Loudness file = analysis.loudness();
        Loudness first = analysis.passages().get(0).loudness();
        Loudness hidden = analysis.passages().get(1).loudness();
        assertNotNull(first.integratedLufs());
        assertNotNull(hidden.integratedLufs());
        assertTrue(
                Math.abs(first.integratedLufs() - hidden.integratedLufs()) > 0.1,
                "two different pieces measure differently: " + first + " / " + hidden);
        // The file's loudness lies between its passages' (the silence is gated out).
        assertTrue(file.integratedLufs() > Math.min(first.integratedLufs(), hidden.integratedLufs())
                && file.integratedLufs() < Math.max(first.integratedLufs(), hidden.integratedLufs()));
        assertEquals(-18.0 - file.integratedLufs(), analysis.trackGainDb(), 1e-12);
        assertEquals(file.samplePeakDbfs(), Math.max(first.samplePeakDbfs(), hidden.samplePeakDbfs()), 1e-9);
        assertEquals(AnalyzeSink.VERSION, analysis.version());
    }

    @Test
    void clippedAudioHasATruePeakAboveItsFullScaleSamplePeak() throws Exception {
        Loudness loudness = analyse("clipped.flac").loudness();
        assertEquals(0.0, loudness.samplePeakDbfs(), 0.01);
        assertTrue(
                loudness.truePeakDbtp() > loudness.samplePeakDbfs() + 1.0,
                "true peak " + loudness.truePeakDbtp() + " dBTP");
    }

    @Test
    void silenceHasNoLoudnessNoPeakNoEnvelopeAndNoBlocks() throws Exception {
        Analysis analysis = analyse("silence.flac");
        assertEquals(new Loudness(null, null, null, null), analysis.loudness());
        assertNull(analysis.envelope());
        assertTrue(analysis.passages().isEmpty());
        assertEquals(0, analysis.gating().size());
        assertNull(analysis.trackGainDb());
    }

    @Test
    void gatingBlocksGiveTheFilesIntegratedLoudness() throws Exception {
        Analysis analysis = analyse("quiet-gap.flac");
        assertEquals(analysis.loudness().integratedLufs(), analysis.gating().integratedLufs(), 1e-4);
    }

    @Test
    void oneSinkAnalysesFileAfterFileAsFreshSinksDo() throws Exception {
        SegmentSink segments = new SegmentSink();
        AnalyzeSink sink = new AnalyzeSink();
        for (String fixture : new String[] {"clipped.flac", "fades.flac", "silence.flac", "hidden-track.flac"}) {
            AnalysisFixtures.decode(AnalysisFixtures.reference(fixture).file(), segments, sink);
            assertEquals(analyse(fixture), sink.finish(segments.finish()), fixture);
        }
    }

    private static Analysis analyse(String fixture) throws Exception {
        SegmentSink segments = new SegmentSink();
        AnalyzeSink sink = new AnalyzeSink();
        AnalysisFixtures.decode(AnalysisFixtures.reference(fixture).file(), segments, sink);
        return sink.finish(segments.finish());
    }

    private static double seconds(long ticks) {
        return (double) ticks / Ticks.PER_SECOND;
    }

    private static String seconds(Fade fade) {
        return fade == null ? "none" : String.format(java.util.Locale.ROOT, "%.2f", fade.seconds());
    }
}
