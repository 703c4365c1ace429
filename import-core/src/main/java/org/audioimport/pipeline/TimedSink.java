package org.audioimport.pipeline;

import org.audioimport.decode.DamagedPacket;
import org.audioimport.decode.PcmBlock;
import org.audioimport.decode.PcmSink;
import org.audioimport.decode.SinkException;
import org.audioimport.decode.StreamInfo;

/**
 * A phase whose time inside the decode is added to the run's {@link WorkClock}.
 *
 * <p>Only one block in {@value #SAMPLE_EVERY} is timed, and the file's blocks are counted at that
 * rate: a thread's CPU time is a system call (1.7 µs here), and two of them around each of four
 * phases for every 4,096-frame block cost about 6 % of an import's CPU. Over a file the sampled
 * blocks stand for all of them; a file shorter than {@value #SAMPLE_EVERY} / 2 + 1 blocks (about
 * 0.8 s) has none, and its phases' time is counted as the decode's.
 */
final class TimedSink implements PcmSink {
    static final int SAMPLE_EVERY = 16;

    private final PcmSink phase;
    private final WorkClock clock;
    private final WorkClock.Part part;
    private long startCallNanos;
    private long blocks;
    private long sampledBlocks;
    private long sampledNanos;

    TimedSink(PcmSink phase, WorkClock clock, WorkClock.Part part) {
        this.phase = phase;
        this.clock = clock;
        this.part = part;
    }

    @Override
    public void start(StreamInfo info) throws SinkException {
        long started = WorkClock.now();
        phase.start(info);
        startCallNanos += WorkClock.now() - started;
    }

    @Override
    public void accept(PcmBlock block) throws SinkException {
        if (blocks++ % SAMPLE_EVERY != SAMPLE_EVERY / 2) {
            phase.accept(block);
            return;
        }
        long started = WorkClock.now();
        phase.accept(block);
        sampledNanos += WorkClock.now() - started;
        sampledBlocks++;
    }

    @Override
    public void damaged(DamagedPacket packet) throws SinkException {
        phase.damaged(packet);
    }

    /**
     * This phase's time since the last call, the sampled blocks standing for all: added to the clock, and
     * returned for the caller to subtract from the decode's.
     */
    long takeSpentNanos() {
        long spent =
                startCallNanos + (sampledBlocks == 0 ? 0 : Math.round((double) sampledNanos * blocks / sampledBlocks));
        startCallNanos = 0;
        blocks = 0;
        sampledBlocks = 0;
        sampledNanos = 0;
        clock.add(part, spent);
        return spent;
    }
}
