package org.audioimport.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.SplittableRandom;
import org.audioimport.decode.Ticks;
import org.audioimport.segment.Passage;
import org.audioimport.segment.SegmentSink;
import org.audioimport.segment.Segmented;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * What the segment and analyze phases keep of a file in memory while it streams does not grow with
 * its length: a synthetic stream of three hours leaves them holding exactly what three minutes do
 * (the rest is in their temporary files), and is still cut and measured exactly.
 */
class PhaseMemoryIsFlatTest {
    private static final int RATE = 8000;
    /** A track every 4 minutes: 235 s of music, then 5 s of digital silence. */
    private static final int TRACK_SECONDS = 240;

    private static final int SILENCE_SECONDS = 5;

    /** What one run of the two phases kept, in bytes, and what it found. */
    private record Run(
            long segmentBytes,
            long analyzeBytes,
            long gatingBytes,
            List<Passage> passages,
            Analysis analysis,
            boolean spilled,
            long feedAllocatedBytes,
            long finishAllocatedBytes) {}

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    @Test
    void threeHoursAllocateAndKeepNoMoreThanThreeMinutes(TestReporter reporter) {
        Run short_ = run(180);
        Run long_ = run(3 * 3600);
        reporter.publishEntry(
                "bytes held at the end / allocated while streaming, 3 min and 3 h",
                "segment " + short_.segmentBytes + " / " + long_.segmentBytes + ", analyze " + short_.analyzeBytes
                        + " / " + long_.analyzeBytes + ", gating blocks of the result " + short_.gatingBytes
                        + " / " + long_.gatingBytes + "; allocated while streaming " + short_.feedAllocatedBytes
                        + " / " + long_.feedAllocatedBytes);
        assertEquals(short_.segmentBytes, long_.segmentBytes, "segment");
        assertEquals(short_.analyzeBytes, long_.analyzeBytes, "analyze");
        // The result's gating blocks grow with the audio, by doubling an array (all the arrays it
        // outgrew add up to its last size). Opening the four temporary files costs some 48 KB, most of it
        // the JDK's first use of its file channels. Nothing else may grow: before the spilled series, the
        // histories grew by 5.6 MB over three hours.
        assertTrue(
                long_.feedAllocatedBytes <= short_.feedAllocatedBytes + 2 * long_.gatingBytes + 64 * 1024,
                "allocated while streaming 3 min: " + short_.feedAllocatedBytes + " B, 3 h: " + long_.feedAllocatedBytes
                        + " B, gating blocks " + long_.gatingBytes + " B");
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
    void aPassageOfAThreeHourFileIsMeasuredExactlyAsTheSameTrackAlone(TestReporter reporter) {
        Run long_ = run(0, 3 * 3600);
        assertTrue(long_.spilled, "three hours use the temporary file");
        // Track 0's minutes went to the temporary file and came back; track 20 lies in the middle.
        for (int track : new int[] {0, 20}) {
            long offset = (long) track * TRACK_SECONDS * RATE;
            PassageAnalysis alone = run(track * TRACK_SECONDS, TRACK_SECONDS)
                    .analysis
                    .passages()
                    .get(0);
            PassageAnalysis inLongFile = long_.analysis.passages().get(track);
            reporter.publishEntry(
                    "track " + track + " alone / in 3 h", alone.loudness() + " / " + inLongFile.loudness());
            assertEquals(offset, inLongFile.passage().startFrame());
            assertEquals(
                    alone.passage().endFrame() + offset, inLongFile.passage().endFrame());
            assertEquals(alone.loudness(), inLongFile.loudness(), "track " + track);
            assertEquals(shifted(alone.envelope(), Ticks.fromFrames(offset, RATE)), inLongFile.envelope());
        }
    }

    private static Envelope shifted(Envelope envelope, long ticks) {
        return new Envelope(
                envelope.leadInTicks() + ticks,
                envelope.leadOutTicks() + ticks,
                shifted(envelope.fadeIn(), ticks),
                shifted(envelope.fadeOut(), ticks));
    }

    private static Fade shifted(Fade fade, long ticks) {
        return fade == null ? null : new Fade(fade.startTicks() + ticks, fade.endTicks() + ticks);
    }

    @Test
    void measuringAPassageOfThreeHoursAllocatesNoMoreThanOneOfThreeMinutes(TestReporter reporter) {
        Run short_ = run(0, 180, false);
        Run long_ = run(0, 3 * 3600, false);
        assertEquals(1, long_.passages.size());
        reporter.publishEntry(
                "bytes allocated by the analysis's finish, 3 min / 3 h",
                short_.finishAllocatedBytes + " / " + long_.finishAllocatedBytes);
        // The result's gating blocks grow with the audio (4 bytes per 100 ms), copied once more by the
        // record; nothing else may.
        long gatingCopies = 2L
                * Float.BYTES
                * (long_.analysis.gating().size() - short_.analysis.gating().size());
        assertTrue(
                long_.finishAllocatedBytes - gatingCopies <= short_.finishAllocatedBytes + 16 * 1024,
                "3 min: " + short_.finishAllocatedBytes + " B, 3 h: " + long_.finishAllocatedBytes + " B, of which "
                        + gatingCopies + " B more of gating blocks");
    }

    private static Run run(int seconds) {
        return run(0, seconds, true);
    }

    private static Run run(int from, int seconds) {
        return run(from, seconds, true);
    }

    /**
     * The synthetic library from second {@code from} for {@code seconds}, fed from frame 0; without
     * {@code silences}, one passage of music throughout.
     */
    private static Run run(int from, int seconds, boolean silences) {
        SegmentSink segment = new SegmentSink();
        AnalyzeSink analyze = new AnalyzeSink();
        segment.begin(RATE, 1);
        analyze.begin(RATE, 1);
        float[] block = new float[4096];
        long first = (long) from * RATE;
        long total = (long) seconds * RATE;
        long halfSecond = -1;
        double level = 0;
        long feedAllocatedBytes = 0;
        for (long done = 0; done < total; done += block.length) {
            int n = (int) Math.min(block.length, total - done);
            for (int i = 0; i < n; i++) {
                long frame = first + done + i;
                if (frame / (RATE / 2) != halfSecond) {
                    // A new level every half second, -30 to -6 dBFS: the candidate boundaries of music. It
                    // depends only on the time, so that a track sounds the same alone and in the long file.
                    halfSecond = frame / (RATE / 2);
                    level = Math.pow(10, (-30 + 24 * new SplittableRandom(halfSecond).nextDouble()) / 20);
                }
                long inTrack = frame % ((long) TRACK_SECONDS * RATE);
                boolean music = !silences || inTrack < (long) (TRACK_SECONDS - SILENCE_SECONDS) * RATE;
                // A square wave: its first and last samples are at full level.
                block[i] = music ? (float) (((inTrack / 8) % 2 == 0) ? level : -level) : 0f;
            }
            long allocatedBefore = THREADS.getCurrentThreadAllocatedBytes();
            segment.feed(block, n);
            analyze.feed(block, n);
            feedAllocatedBytes += THREADS.getCurrentThreadAllocatedBytes() - allocatedBefore;
        }
        long segmentBytes = segment.retainedBytes();
        long analyzeBytes = analyze.retainedBytes();
        long gatingBytes = analyze.gatingBytes();
        Segmented segmented = assertInstanceOf(Segmented.class, segment.finish());
        long allocatedBefore = THREADS.getCurrentThreadAllocatedBytes();
        Analysis analysis = analyze.finish(segmented);
        long finishAllocatedBytes = THREADS.getCurrentThreadAllocatedBytes() - allocatedBefore;
        assertTrue(segmented.frames() == total);
        boolean spilled = analyze.spilled();
        segment.close();
        analyze.close();
        return new Run(
                segmentBytes,
                analyzeBytes,
                gatingBytes,
                segmented.passages(),
                analysis,
                spilled,
                feedAllocatedBytes,
                finishAllocatedBytes);
    }
}
