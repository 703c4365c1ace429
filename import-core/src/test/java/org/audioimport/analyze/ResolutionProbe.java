package org.audioimport.analyze;

import org.audioimport.decode.PcmBlock;
import org.audioimport.decode.PcmSink;
import org.audioimport.decode.StreamInfo;

/** A sink for tests: the largest magnitude, and whether any sample falls between two 16-bit steps. */
final class ResolutionProbe implements PcmSink {
    private float peak;
    private boolean finer;

    @Override
    public void start(StreamInfo info) {
        peak = 0;
        finer = false;
    }

    @Override
    public void accept(PcmBlock block) {
        float[] s = block.samples();
        for (int i = 0; i < block.sampleCount(); i++) {
            peak = Math.max(peak, Math.abs(s[i]));
            float scaled = s[i] * 32768f;
            finer |= scaled != Math.rint(scaled);
        }
    }

    float peak() {
        return peak;
    }

    boolean finerThanSixteenBits() {
        return finer;
    }
}
