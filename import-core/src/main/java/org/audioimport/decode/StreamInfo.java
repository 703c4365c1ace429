package org.audioimport.decode;

import java.util.Map;
import java.util.Objects;

/**
 * What a file holds, as FFmpeg sees it.
 *
 * @param container   short container name: flac, mp3, ogg, opus, m4a, wav, aiff, wv, ape...
 *                    ("opus" for Ogg files whose audio is Opus)
 * @param codec       FFmpeg's codec name (flac, mp3, vorbis, opus, aac, pcm_s16le...)
 * @param sampleRate  frames per second of the decoded audio, the rate every {@link PcmBlock} has
 * @param channels    channel count of the decoded audio
 * @param channelMask FFmpeg's channel mask ({@code AV_CH_*} bits) of the decoded channels, which come in
 *                    the order of its bits: the stream's own layout, or FFmpeg's default for the count
 *                    when the stream does not say; 0 when neither is known
 * @param sampleFormat the kind of samples the decoder produces before they become floats
 * @param bitDepth    bits per sample of a lossless source; null for lossy codecs, where it means
 *                    nothing
 * @param bitrateKbps average bit rate in kbit/s, rounded; null when FFmpeg does not know it
 * @param metadata    the container's and the audio stream's metadata, keys in lower case; a key
 *                    in both keeps the container's value. Unmodifiable.
 */
public record StreamInfo(
        String container,
        String codec,
        int sampleRate,
        int channels,
        long channelMask,
        SampleFormat sampleFormat,
        Integer bitDepth,
        Integer bitrateKbps,
        Map<String, String> metadata) {

    public StreamInfo {
        Objects.requireNonNull(container, "container");
        Objects.requireNonNull(codec, "codec");
        Objects.requireNonNull(sampleFormat, "sampleFormat");
        if (sampleRate <= 0 || channels <= 0) {
            throw new IllegalArgumentException(
                    "sample rate and channels must be positive: " + sampleRate + ", " + channels);
        }
        metadata = Map.copyOf(metadata);
    }
}
