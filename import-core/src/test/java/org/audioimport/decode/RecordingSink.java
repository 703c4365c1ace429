package org.audioimport.decode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;

/** A sink for tests: checks the block stream is well formed and sums it up, keeping no audio. */
final class RecordingSink implements PcmSink {

    StreamInfo info;
    int starts;
    long frames;
    float peak;
    final List<Integer> blockSizes = new ArrayList<>();
    final Set<float[]> arrays = Collections.newSetFromMap(new IdentityHashMap<>());
    private final CRC32 crc = new CRC32();
    private byte[] bytes = new byte[0];

    @Override
    public void start(StreamInfo info) {
        this.info = info;
        starts++;
    }

    @Override
    public void accept(PcmBlock block) {
        if (info == null) {
            throw new AssertionError("block before start");
        }
        if (block.firstFrame() != frames) {
            throw new AssertionError("block starts at " + block.firstFrame() + ", expected " + frames);
        }
        if (block.channels() != info.channels() || block.sampleRate() != info.sampleRate()) {
            throw new AssertionError("block shape differs from the stream info");
        }
        arrays.add(block.samples());
        blockSizes.add(block.frames());
        frames += block.frames();
        int n = block.sampleCount();
        if (bytes.length < 2 * n) {
            bytes = new byte[2 * n];
        }
        float[] s = block.samples();
        for (int i = 0; i < n; i++) {
            short v = toS16(s[i]);
            bytes[2 * i] = (byte) v;
            bytes[2 * i + 1] = (byte) (v >> 8);
            peak = Math.max(peak, Math.abs(s[i]));
        }
        crc.update(bytes, 0, 2 * n);
    }

    /** FFmpeg's conversion of a float sample to 16 bits: {@code lrintf(x * 32768)}, clipped. */
    static short toS16(float x) {
        return (short) Math.max(-32768, Math.min(32767, Math.rint(x * 32768f)));
    }

    /** CRC-32 of the samples as s16le bytes, what {@code ffmpeg -f s16le} would print. */
    long checksum() {
        return crc.getValue();
    }
}
