package org.audioimport.decode;

/**
 * The stream a phase sink is in: its rate and channel count, checked once when it starts and against
 * every block, and whether it has started. {@link InterleavedSink} holds one for the sinks that need
 * only floats; {@code FingerprintSink}, whose start also needs the decoder's sample format, holds one
 * directly. Not thread-safe, as the sinks are not.
 */
public final class SinkStream {
    private boolean started;
    private int sampleRate;
    private int channels;

    /** Starts a stream of {@code channels} at {@code sampleRate}; both must be positive. */
    public void begin(int sampleRate, int channels) {
        if (sampleRate <= 0 || channels <= 0) {
            throw new IllegalArgumentException(
                    "sample rate and channels must be positive: " + sampleRate + ", " + channels);
        }
        this.sampleRate = sampleRate;
        this.channels = channels;
        this.started = true;
    }

    /** Throws unless {@code block} has the rate and channel count the stream began with. */
    public void check(PcmBlock block) {
        if (block.channels() != channels || block.sampleRate() != sampleRate) {
            throw new IllegalArgumentException("block of " + block.channels() + " channels at " + block.sampleRate()
                    + " Hz in a stream of " + channels + " at " + sampleRate);
        }
    }

    /** Throws unless a stream has begun and not ended: audio fed before the start is a bug. */
    public void requireStarted() {
        if (!started) {
            throw new IllegalStateException("feed before start");
        }
    }

    /** Ends the stream; false when none had begun (nothing came, or it was already ended). */
    public boolean end() {
        boolean was = started;
        started = false;
        return was;
    }

    public int sampleRate() {
        return sampleRate;
    }

    public int channels() {
        return channels;
    }
}
