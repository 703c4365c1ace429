package org.audioimport.store;

/**
 * What the decoder found out about a file's audio. Duration is in ticks of 1/28,224,000 s.
 * Bit depth and bitrate are null where they do not apply or are unknown.
 */
public record AudioProperties(
        String container,
        String codec,
        int sampleRate,
        int channels,
        Integer bitDepth,
        Integer bitrateKbps,
        long durationTicks) {

    /** Ticks per second: a multiple of every common sample rate, so sample positions stay exact. */
    public static final long TICKS_PER_SECOND = 28_224_000L;

    public double durationSeconds() {
        return durationTicks / (double) TICKS_PER_SECOND;
    }
}
