package org.audioimport.decode;

import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacpp.FloatPointer;

/**
 * Gathers converted samples into fixed-size blocks and hands each full block to the sink. Copies
 * straight from native memory (FFmpeg's converted frames) or from an array (libvorbisfile's frames,
 * interleaved) into one reused array, in bulk: one copy per sample, no per-sample call. Starts the sink lazily, with the first block, so a file that yields nothing never reaches
 * it. Tells the sink of a {@link DamagedPacket} just before the block that holds the frame it names.
 */
final class BlockWriter {

    private final int blockFrames;
    private float[] buffer = new float[0];
    private StreamInfo info;
    private PcmSink sink;
    private int channels;
    private int fill;
    private long emitted;
    private boolean started;
    /** Damaged packets not yet told: the sink hears of each one before the next block. */
    private final List<DamagedPacket> damaged = new ArrayList<>();

    BlockWriter(int blockFrames) {
        if (blockFrames <= 0) {
            throw new IllegalArgumentException("block frames must be positive: " + blockFrames);
        }
        this.blockFrames = blockFrames;
    }

    /** Prepares for a new file. The array is kept from the last file when it has the right size. */
    void begin(StreamInfo info, PcmSink sink) {
        this.info = info;
        this.sink = sink;
        this.channels = info.channels();
        this.fill = 0;
        this.emitted = 0;
        this.started = false;
        this.damaged.clear();
        int size = Math.multiplyExact(blockFrames, channels);
        if (buffer.length != size) {
            buffer = new float[size];
        }
    }

    /**
     * Appends {@code frames} interleaved frames read from {@code source}, starting at sample index
     * {@code offset} (in floats, not bytes).
     */
    void write(FloatPointer source, long offset, int frames) throws SinkException {
        long position = offset;
        int left = frames;
        while (left > 0) {
            int n = Math.min(left, blockFrames - fill);
            source.position(position).get(buffer, fill * channels, n * channels);
            fill += n;
            left -= n;
            position += (long) n * channels;
            if (fill == blockFrames) {
                emit();
            }
        }
    }

    /** Appends {@code frames} interleaved frames from the start of {@code source}. */
    void write(float[] source, int frames) throws SinkException {
        int position = 0;
        int left = frames;
        while (left > 0) {
            int n = Math.min(left, blockFrames - fill);
            System.arraycopy(source, position, buffer, fill * channels, n * channels);
            fill += n;
            left -= n;
            position += n * channels;
            if (fill == blockFrames) {
                emit();
            }
        }
    }

    /**
     * Records that FFmpeg refused a damaged packet, whose last frame before it is the next {@code
     * lastFrameFrames} frames to be written; {@code followsDamage} when the packet before was refused
     * too.
     */
    void damaged(int lastFrameFrames, boolean followsDamage) {
        long at = frames();
        damaged.add(new DamagedPacket(at, at + lastFrameFrames, followsDamage));
    }

    /** Hands over the last, partial block, or the damage recorded after the last block. */
    void finish() throws SinkException {
        if (fill > 0) {
            emit();
        } else if (started) {
            tellDamage();
        }
    }

    /** Frames written so far for this file, handed over or not. */
    long frames() {
        return emitted + fill;
    }

    private void emit() throws SinkException {
        if (!started) {
            started = true;
            sink.start(info);
        }
        tellDamage();
        PcmBlock block = new PcmBlock(buffer, fill, channels, info.sampleRate(), emitted);
        emitted += fill;
        fill = 0;
        sink.accept(block);
    }

    private void tellDamage() throws SinkException {
        for (DamagedPacket packet : damaged) {
            sink.damaged(packet);
        }
        damaged.clear();
    }
}
