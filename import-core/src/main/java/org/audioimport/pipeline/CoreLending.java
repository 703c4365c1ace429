package org.audioimport.pipeline;

import org.audioimport.decode.PcmBlock;
import org.audioimport.decode.PcmSink;
import org.audioimport.decode.StreamInfo;

/** First in a file's fan-out: each decoded block is a point where the computing thread can lend its core. */
final class CoreLending implements PcmSink {
    private final ComputeTurns turns;

    CoreLending(ComputeTurns turns) {
        this.turns = turns;
    }

    @Override
    public void start(StreamInfo info) {
        turns.lendCoreIfWanted();
    }

    @Override
    public void accept(PcmBlock block) {
        turns.lendCoreIfWanted();
    }
}
