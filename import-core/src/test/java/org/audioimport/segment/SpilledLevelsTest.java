package org.audioimport.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.audioimport.segment.AnalysisFixtures.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Past the 20 minutes the window peaks hold in memory, the older minutes go to a temporary file and
 * segmenting stays exact: a history that spills after 2 s cuts every fixture where one that holds
 * everything does, and a silence one frame over the minimum splits half an hour into a file.
 */
class SpilledLevelsTest {
    private static final int RATE = 8000;

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.audioimport.segment.AnalysisFixtures#references")
    void aHistoryThatSpillsAfterTwoSecondsCutsEveryFixtureTheSame(Reference reference) throws Exception {
        SegmentSink inMemory = new SegmentSink();
        SegmentSink spilling = new SegmentSink(SegmentSettings.DEFAULTS, new LevelHistory(100, 2, folder));
        AnalysisFixtures.decode(reference.file(), inMemory, spilling);
        boolean spilled = spilling.spilled();
        SegmentOutcome expected = inMemory.finish();
        assertEquals(expected, spilling.finish(), reference.path());
        if (expected instanceof Segmented segmented) {
            assertEquals(segmented.frames() > 2L * segmented.sampleRate(), spilled, "spilled");
        }
        spilling.close();
    }

    @Test
    void aSilenceOneFrameOverTheMinimumSplitsHalfAnHourIn() {
        long silenceStart = 25L * 60 * RATE + 37;
        long silenceFrames = (long) (SegmentSettings.DEFAULTS.minSilenceSeconds() * RATE) + 1;
        long total = 30L * 60 * RATE;
        SegmentSink sink = new SegmentSink();
        sink.begin(RATE, 1);
        float[] block = new float[4096];
        for (long done = 0; done < total; done += block.length) {
            int n = (int) Math.min(block.length, total - done);
            for (int i = 0; i < n; i++) {
                long frame = done + i;
                boolean silent = frame >= silenceStart && frame < silenceStart + silenceFrames;
                block[i] = silent ? 0f : ((frame / 8) % 2 == 0 ? 0.25f : -0.25f);
            }
            sink.feed(block, n);
        }
        assertTrue(sink.spilled(), "half an hour spills");
        Segmented segmented = assertInstanceOf(Segmented.class, sink.finish());
        assertEquals(
                List.of(
                        Passage.ofFrames(0, silenceStart, RATE),
                        Passage.ofFrames(silenceStart + silenceFrames, total, RATE)),
                segmented.passages());
        sink.close();
    }

    @Test
    void aSinkThatSpilledCutsTheNextFileAsAFreshOne() throws Exception {
        try (SegmentSink reused = new SegmentSink(SegmentSettings.DEFAULTS, new LevelHistory(100, 2, folder))) {
            AnalysisFixtures.decode(AnalysisFixtures.folder().resolve("hidden-track.flac"), reused);
            assertTrue(reused.spilled());
            reused.finish();
            SegmentSink fresh = new SegmentSink();
            AnalysisFixtures.decode(AnalysisFixtures.folder().resolve("fades.flac"), reused, fresh);
            assertEquals(fresh.finish(), reused.finish());
        }
    }
}
