package org.audioimport.store;

import org.audioimport.decode.Ticks;

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

    public double durationSeconds() {
        return durationTicks / (double) Ticks.PER_SECOND;
    }
}
