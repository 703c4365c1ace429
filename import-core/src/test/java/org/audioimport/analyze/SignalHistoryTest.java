package org.audioimport.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The windows and sub-blocks of the history at rates whose 10 ms are not a whole number of frames
 * (22,050 Hz: 220.5) as at those whose are: every frame falls in the window that starts at or
 * before it, and a sub-block is complete when all its frames have come.
 */
class SignalHistoryTest {

    @ParameterizedTest
    @ValueSource(ints = {8_000, 11_025, 22_050, 44_100, 48_000, 88_200})
    void everyFrameFallsInItsWindowAndSubBlocksCompleteWithTheirLastFrame(int rate) {
        try (SignalHistory history = new SignalHistory()) {
            history.reset(rate);
            for (long frame = 0; frame < 3L * rate; frame++) {
                int window = history.windowOf(frame);
                assertTrue(
                        history.windowStart(window) <= frame && frame < history.windowStart(window + 1L),
                        "frame " + frame + " in window " + window + " at " + rate + " Hz");
            }
            for (long done = 0; done < 2L * rate; done += 7) {
                history.add(history.windowOf(done), 7, 0f, 0, 0f);
                int complete = history.completeSubBlocks();
                assertTrue(
                        history.subBlockStart(complete) <= history.frames()
                                && history.subBlockStart(complete + 1L) > history.frames(),
                        complete + " sub-blocks complete after " + history.frames() + " frames at " + rate + " Hz");
            }
        }
    }

    /**
     * The recent true peak against every sub-block's peak kept in full: the largest over the horizon, for
     * every horizon, on windows that go round the ring of recent sub-blocks many times.
     */
    @Test
    void theRecentTruePeakIsTheLargestOfTheSubBlocksInTheHorizon() {
        Random random = new Random(5);
        int rate = 44_100;
        int windows = 60 * SignalHistory.WINDOWS_PER_SECOND;
        float[] subPeaks = new float[windows / SignalHistory.WINDOWS_PER_SUB_BLOCK + 1];
        try (SignalHistory history = new SignalHistory()) {
            history.reset(rate);
            for (int window = 0; window < windows; window++) {
                int sub = window / SignalHistory.WINDOWS_PER_SUB_BLOCK;
                for (int count = 0; count <= AnalyzeSink.MAX_TRUE_PEAK_HORIZON_SUB_BLOCKS + 1; count++) {
                    float expected = 0;
                    for (int s = Math.max(0, sub - count + 1); s <= sub; s++) {
                        expected = Math.max(expected, subPeaks[s]);
                    }
                    assertEquals(
                            expected, history.recentTruePeak(window, count), "window " + window + ", horizon " + count);
                }
                float truePeak = random.nextFloat() * (random.nextInt(50) == 0 ? 4 : 1);
                subPeaks[sub] = Math.max(subPeaks[sub], truePeak);
                history.add(
                        window,
                        (int) (history.windowStart(window + 1L) - history.windowStart(window)),
                        0f,
                        0,
                        truePeak);
            }
        }
    }
}
