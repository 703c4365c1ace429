package org.audioimport.decode;

/**
 * Receives a file's audio as the decoder produces it, in order, in one pass.
 *
 * <p>For each file that yields audio the decoder calls {@link #start} once, then {@link #accept}
 * once per block, and {@link #damaged} before a block when FFmpeg refused a packet. A file that yields no audio at all never reaches the sink (the decoder throws
 * {@link DecodeException} instead). The end of the stream is the return of {@link
 * AudioDecoder#decode}; the caller then asks the sink for its result.
 *
 * <p>Every block of a file has the rate and channel count that {@link StreamInfo} announced at
 * {@link #start}, and its samples are floats with full scale at 1.0 ({@link PcmBlock}). The phase
 * sinks also take audio without a decoder, for tests and tools, through one method of the same
 * shape each: {@code begin(...)} with the rate and channel count, then {@code feed(float[]
 * interleaved, int frames)}.
 *
 * <p>A sink is called from the decoding thread only and does not need to be thread-safe.
 */
public interface PcmSink {

    /** Called once before the first block of a file. */
    void start(StreamInfo info) throws SinkException;

    /**
     * Called once per block. The block's array is reused for the next block: copy what must be
     * kept. Throwing stops the decoding of this file; the decoder frees its resources and
     * rethrows.
     */
    void accept(PcmBlock block) throws SinkException;

    /**
     * Called when FFmpeg refused a damaged packet, after {@link #start} and before the block that
     * holds the frame it names. Most phases take the audio as it comes and ignore it.
     */
    default void damaged(DamagedPacket packet) throws SinkException {}
}
