package org.audioimport.decode;

import java.nio.file.Path;

/**
 * Decodes audio files, each once, into a stream of {@link PcmBlock}s.
 *
 * <p>An instance is not thread-safe: give each worker thread its own. Any number of instances may
 * decode in parallel. An instance keeps no native resource between calls, so it needs no closing.
 */
public interface AudioDecoder {

    /** Frames per block unless told otherwise. */
    int DEFAULT_BLOCK_FRAMES = 4096;

    /**
     * What an import decodes with: the bundled FFmpeg and, for the Ogg Vorbis streams FFmpeg refuses,
     * the system's libvorbisfile (when installed); blocks of {@value #DEFAULT_BLOCK_FRAMES} frames.
     */
    static AudioDecoder standard() {
        return new FallbackDecoder(
                new FfmpegDecoder(DEFAULT_BLOCK_FRAMES), VorbisFileDecoder.load(DEFAULT_BLOCK_FRAMES));
    }

    /** A decoder on the bundled FFmpeg only, with blocks of {@value #DEFAULT_BLOCK_FRAMES} frames. */
    static AudioDecoder ffmpeg() {
        return new FfmpegDecoder(DEFAULT_BLOCK_FRAMES);
    }

    /** A decoder on the bundled FFmpeg, with blocks of {@code blockFrames} frames (the last one may be shorter). */
    static AudioDecoder ffmpeg(int blockFrames) {
        return new FfmpegDecoder(blockFrames);
    }

    /**
     * Reads what the file holds without decoding its audio. Cheap: the header and, for some
     * formats, the first few packets.
     *
     * @throws DecodeException the file cannot be read, is not audio, has no audio stream...
     */
    StreamInfo probe(Path file) throws DecodeException;

    /**
     * Decodes the file's best audio stream once, start to end, to unclipped 32-bit float samples
     * at the file's own rate and channel count (see the package documentation), and hands them to
     * {@code sink} in blocks. Encoder delay
     * and padding are removed where the file records them (LAME/Xing gapless info, Opus pre-skip,
     * MP4 edit lists). Memory stays bounded whatever the file's length.
     *
     * <p>Damaged audio is skipped, not fatal: whatever can be decoded is delivered, and each
     * problem is reported as a {@link DecodeWarning} with its position.
     *
     * @throws DecodeException no audio at all could be decoded; the sink was not called
     * @throws SinkException   the sink stopped the decoding; rethrown as it was thrown
     */
    DecodeResult decode(Path file, PcmSink sink) throws DecodeException, SinkException;
}
