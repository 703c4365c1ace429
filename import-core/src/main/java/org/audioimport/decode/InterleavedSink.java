package org.audioimport.decode;

/**
 * A phase sink that takes a file's audio from the decoder ({@link #start}, then {@link #accept} per block)
 * or directly, for tests and tools ({@link #begin}, then {@link #feed}): both ways meet in the subclass's
 * {@link #started} and {@link #take}, and the stream's shape is checked here, once for every sink. Not
 * thread-safe, as the sinks are not.
 */
public abstract class InterleavedSink implements PcmSink {
    private final SinkStream stream = new SinkStream();
    private long channelMask;

    @Override
    public final void start(StreamInfo info) {
        begin(info.sampleRate(), info.channels(), info.channelMask());
    }

    /**
     * Starts a file without a {@link StreamInfo}: audio at {@code sampleRate}, {@code channels}, which
     * channels they are not known.
     */
    public final void begin(int sampleRate, int channels) {
        begin(sampleRate, channels, 0);
    }

    /**
     * Starts a file without a {@link StreamInfo}: audio at {@code sampleRate}, {@code channels}, which are
     * those of FFmpeg's {@code channelMask} ({@link StreamInfo#channelMask()}).
     */
    public final void begin(int sampleRate, int channels, long channelMask) {
        stream.begin(sampleRate, channels);
        this.channelMask = channelMask;
        started(sampleRate, channels);
    }

    @Override
    public final void accept(PcmBlock block) {
        stream.check(block);
        feed(block.samples(), block.frames());
    }

    /**
     * Feeds {@code frames} frames of interleaved float samples (full scale 1.0, unclipped) of the channel
     * count given at the start; the array is read during the call only.
     */
    public final void feed(float[] samples, int frames) {
        stream.requireStarted();
        take(samples, frames);
    }

    /** A file starts, of {@code channels} at {@code sampleRate} (both checked): forget the last one. */
    protected abstract void started(int sampleRate, int channels);

    /** Takes {@code frames} frames of the file started; the array is read during the call only. */
    protected abstract void take(float[] samples, int frames);

    /** Ends the file; false when none had started, and then the sink's result is its empty one. */
    protected final boolean end() {
        return stream.end();
    }

    protected final int sampleRate() {
        return stream.sampleRate();
    }

    protected final int channels() {
        return stream.channels();
    }

    /** Which channels the file's are, as {@link StreamInfo#channelMask()}; 0 when not known. */
    protected final long channelMask() {
        return channelMask;
    }
}
