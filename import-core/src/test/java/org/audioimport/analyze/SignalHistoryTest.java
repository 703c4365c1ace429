package org.audioimport.analyze;

import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
