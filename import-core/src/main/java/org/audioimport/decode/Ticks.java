package org.audioimport.decode;

/**
 * Times as integer ticks of 1/28,224,000 s. The tick rate is a multiple of every common sample
 * rate (8, 11.025, 16, 22.05, 24, 32, 44.1, 48, 64, 88.2, 96, 176.4, 192 kHz), so a frame
 * position at any of them is an exact number of ticks.
 */
public final class Ticks {

    /** Ticks in one second. */
    public static final long PER_SECOND = 28_224_000L;

    private Ticks() {}

    /**
     * The time of {@code frames} frames at {@code sampleRate}. Exact when the rate divides {@link
     * #PER_SECOND}; for any other rate (say 37.8 kHz) it is rounded to the nearest tick, an error
     * of at most half a tick (18 ns).
     */
    public static long fromFrames(long frames, int sampleRate) {
        if (sampleRate <= 0 || frames < 0) {
            throw new IllegalArgumentException("frames " + frames + " at rate " + sampleRate);
        }
        if (PER_SECOND % sampleRate == 0) {
            return Math.multiplyExact(frames, PER_SECOND / sampleRate);
        }
        long scaled = Math.multiplyExact(frames, PER_SECOND);
        return (scaled + sampleRate / 2) / sampleRate;
    }

    /** Whether positions at {@code sampleRate} are exact in ticks. */
    public static boolean isExact(int sampleRate) {
        return sampleRate > 0 && PER_SECOND % sampleRate == 0;
    }
}
