package org.audioimport.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.audioimport.decode.PcmBlock;
import org.audioimport.decode.PcmSink;
import org.audioimport.decode.StreamInfo;
import org.junit.jupiter.api.Test;

class TimedSinkTest {
    private static final PcmBlock BLOCK = new PcmBlock(new float[8192], 4096, 2, 44_100, 0);

    /** A phase that spends about the same CPU time on every block. */
    private static final class SteadyPhase implements PcmSink {
        private double state = 1;

        @Override
        public void start(StreamInfo info) {}

        @Override
        public void accept(PcmBlock block) {
            double x = state;
            for (int i = 0; i < 200_000; i++) {
                x = x * 1.000_000_1 + 1e-9;
            }
            state = x;
        }
    }

    private static void feed(PcmSink sink, int blocks) throws Exception {
        for (int i = 0; i < blocks; i++) {
            sink.accept(BLOCK);
        }
    }

    @Test
    void theTimedBlocksStandForAllOfTheFileAndReachTheClock() throws Exception {
        SteadyPhase phase = new SteadyPhase();
        WorkClock clock = new WorkClock();
        TimedSink timed = new TimedSink(phase, clock, WorkClock.Part.ANALYZE);
        int blocks = 8 * TimedSink.SAMPLE_EVERY;
        feed(phase, blocks);
        long started = WorkClock.now();
        feed(phase, blocks);
        long whole = WorkClock.now() - started;

        feed(timed, blocks);
        long estimate = timed.takeSpentNanos();

        assertEquals((double) whole, (double) estimate, whole * 0.5, "8 timed blocks of 128, scaled to the file");
        assertEquals(estimate / 1e9, clock.seconds().get("analyze"), 1e-9);
    }

    @Test
    void aFileEndingBeforeItsFirstTimedBlockLeavesItsTimeToTheDecode() throws Exception {
        TimedSink timed = new TimedSink(new SteadyPhase(), new WorkClock(), WorkClock.Part.ANALYZE);

        feed(timed, TimedSink.SAMPLE_EVERY / 2);
        long first = timed.takeSpentNanos();
        feed(timed, TimedSink.SAMPLE_EVERY / 2);
        long second = timed.takeSpentNanos();

        assertEquals(0, first);
        assertEquals(0, second, "each file's blocks are counted from its first");
    }
}
