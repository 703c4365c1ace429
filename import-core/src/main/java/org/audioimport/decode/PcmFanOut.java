package org.audioimport.decode;

import java.util.List;

/**
 * Hands each decoded block to every sink in turn, on the decoding thread: the one decode of a file
 * feeds every phase. A new phase plugs in by being added to the list; none of them decodes again.
 */
public final class PcmFanOut implements PcmSink {
    private final List<PcmSink> phases;

    public PcmFanOut(List<PcmSink> phases) {
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

    @Override
    public void damaged(DamagedPacket packet) throws SinkException {
        for (PcmSink phase : phases) {
            phase.damaged(packet);
        }
    }
}
