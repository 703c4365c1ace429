package org.audioimport.pipeline;

import java.util.List;
import org.audioimport.decode.PcmBlock;
import org.audioimport.decode.PcmSink;
import org.audioimport.decode.SinkException;
import org.audioimport.decode.StreamInfo;

/**
 * Hands each decoded block to every phase in turn, on the decoding thread: the one decode of a file
 * feeds them all. A new phase plugs in by being added to the list; none of them decodes again.
 */
final class PhaseFanOut implements PcmSink {
    private final List<PcmSink> phases;

    PhaseFanOut(List<PcmSink> phases) {
        this.phases = List.copyOf(phases);
    }

    @Override
    public void start(StreamInfo info) throws SinkException {
        for (PcmSink phase : phases) {
            phase.start(info);
        }
    }

    @Override
    public void accept(PcmBlock block) throws SinkException {
        for (PcmSink phase : phases) {
            phase.accept(block);
        }
    }
}
