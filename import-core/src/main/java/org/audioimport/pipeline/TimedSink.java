package org.audioimport.pipeline;

import org.audioimport.decode.DamagedPacket;
import org.audioimport.decode.PcmBlock;
import org.audioimport.decode.PcmSink;
import org.audioimport.decode.SinkException;
import org.audioimport.decode.StreamInfo;

/** A phase whose time inside the decode is added to the run's {@link WorkClock}. */
final class TimedSink implements PcmSink {
    private final PcmSink phase;
    private final WorkClock clock;
    private final WorkClock.Part part;
    private long spentNanos;

    TimedSink(PcmSink phase, WorkClock clock, WorkClock.Part part) {
        this.phase = phase;
        this.clock = clock;
        this.part = part;
    }

    @Override
    public void start(StreamInfo info) throws SinkException {
        long started = WorkClock.now();
        phase.start(info);
        spend(WorkClock.now() - started);
    }

    @Override
    public void accept(PcmBlock block) throws SinkException {
        long started = WorkClock.now();
        phase.accept(block);
        spend(WorkClock.now() - started);
    }

    @Override
    public void damaged(DamagedPacket packet) throws SinkException {
        phase.damaged(packet);
    }

    /** Time spent in this phase since the last call, which the caller subtracts from the decode's. */
    long takeSpentNanos() {
        long spent = spentNanos;
        spentNanos = 0;
        return spent;
    }

    private void spend(long nanos) {
        spentNanos += nanos;
        clock.add(part, nanos);
    }
}
