package org.audioimport.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.audioimport.segment.Passage;
import org.audioimport.segment.SegmentSink;
import org.audioimport.segment.Segmented;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * What the segment and analyze phases keep of a file while it streams does not grow with its
 * length: a synthetic stream of three hours leaves them holding exactly what three minutes do, and
 * is still cut and measured right.
 */
class PhaseMemoryIsFlatTest {
    private static final int RATE = 8000;
    /** A track every 4 minutes: 235 s of music, then 5 s of digital silence. */
    private static final int TRACK_SECONDS = 240;

    private static final int SILENCE_SECONDS = 5;

    /** What one run of the two phases kept, in bytes, and what it found. */
    private record Run(
            long segmentBytes, long analyzeBytes, long gatingBytes, List<Passage> passages, Analysis analysis) {}

    @Test
    void threeHoursKeepExactlyWhatThreeMinutesKeep(TestReporter reporter) {
        Run short_ = run(180);
        Run long_ = run(3 * 3600);
        reporter.publishEntry(
                "retained bytes, 3 min / 3 h",
                "segment " + short_.segmentBytes + " / " + long_.segmentBytes + ", analyze " + short_.analyzeBytes
                        + " / " + long_.analyzeBytes + ", gating blocks of the result " + short_.gatingBytes
                        + " / " + long_.gatingBytes);
        assertEquals(short_.segmentBytes, long_.segmentBytes, "segment");
        assertEquals(short_.analyzeBytes, long_.analyzeBytes, "analyze");
    }

    @Test
    void threeHoursAreStillCutAtEverySilenceToTheSample() {
        List<Passage> passages = run(3 * 3600).passages;
        assertEquals(3 * 3600 / TRACK_SECONDS, passages.size());
        for (int t = 0; t < passages.size(); t++) {
            long start = (long) t * TRACK_SECONDS * RATE;
            long end = start + (long) (TRACK_SECONDS - SILENCE_SECONDS) * RATE;
            // The music starts and ends with a sample at its full level: exact to the frame.
            assertEquals(start, passages.get(t).startFrame(), "start of track " + t);
            assertEquals(end, passages.get(t).endFrame(), "end of track " + t);
        }
    }

    @Test
    void aPassageOfAThreeHourFileIsMeasuredOnCoarserBlocks(TestReporter reporter) {
        Analysis alone = run(TRACK_SECONDS).analysis;
        Analysis inLongFile = run(3 * 3600).analysis;
        PassageAnalysis exact = alone.passages().get(0);
        PassageAnalysis coarse = inLongFile.passages().get(0);
        reporter.publishEntry(
                "first track alone / in 3 h",
                "integrated " + exact.loudness().integratedLufs() + " / "
                        + coarse.loudness().integratedLufs()
                        + ", range " + exact.loudness().rangeLu() + " / "
                        + coarse.loudness().rangeLu()
                        + ", true peak " + exact.loudness().truePeakDbtp() + " / "
                        + coarse.loudness().truePeakDbtp()
                        + ", envelope " + exact.envelope() + " / " + coarse.envelope());
        assertEquals(exact.passage(), coarse.passage());
        assertEquals(exact.loudness().samplePeakDbfs(), coarse.loudness().samplePeakDbfs());
        assertEquals(exact.loudness().integratedLufs(), coarse.loudness().integratedLufs(), 1.5);
    }

    private static Run run(int seconds) {
        SegmentSink segment = new SegmentSink();
        AnalyzeSink analyze = new AnalyzeSink();
        segment.begin(RATE, 1);
        analyze.begin(RATE, 1);
        float[] block = new float[4096];
        Random random = new Random(11);
        long total = (long) seconds * RATE;
        double level = 0.1;
        for (long done = 0; done < total; done += block.length) {
            int n = (int) Math.min(block.length, total - done);
            for (int i = 0; i < n; i++) {
                long frame = done + i;
                if (frame % (RATE / 2) == 0) {
                    // A new level every half second, -30 to -6 dBFS: the candidate boundaries of music.
                    level = Math.pow(10, (-30 + 24 * random.nextDouble()) / 20);
                }
                long inTrack = frame % ((long) TRACK_SECONDS * RATE);
                boolean music = inTrack < (long) (TRACK_SECONDS - SILENCE_SECONDS) * RATE;
                // A square wave: its first and last samples are at full level.
                block[i] = music ? (float) (((inTrack / 8) % 2 == 0) ? level : -level) : 0f;
            }
            segment.feed(block, n);
            analyze.feed(block, n);
        }
        long segmentBytes = segment.retainedBytes();
        long analyzeBytes = analyze.retainedBytes();
        long gatingBytes = analyze.gatingBytes();
        Segmented segmented = assertInstanceOf(Segmented.class, segment.finish());
        Analysis analysis = analyze.finish(segmented);
        assertTrue(segmented.frames() == total);
        return new Run(segmentBytes, analyzeBytes, gatingBytes, segmented.passages(), analysis);
    }
}
