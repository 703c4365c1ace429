/**
 * Decoding: opens an audio file in process with FFmpeg and streams it once to a {@link
 * org.audioimport.decode.PcmSink}; an Ogg Vorbis stream FFmpeg refuses goes to libvorbisfile, the
 * reference decoder, instead ({@link org.audioimport.decode.AudioDecoder#standard()}). It owns every
 * native object it creates and frees each one before a call returns; it never reads tags for the
 * catalogue's own sake, never writes a file and never touches the store.
 *
 * <h2>The block format</h2>
 *
 * Every {@link org.audioimport.decode.PcmBlock} holds interleaved 32-bit float samples at the
 * file's own sample rate and channel count (frame {@code i}, channel {@code c} at index {@code i *
 * channels + c}), 4,096 frames a block except the last. Full scale is 1.0, and nothing is clipped:
 * the float output of lossy decoders (MP3, AAC, Vorbis, Opus), which goes beyond ±1.0 on loud
 * masters, passes through as decoded. Integer sources map exactly, so that a 24-bit source keeps
 * its resolution:
 * <ul>
 * <li>8-bit: {@code (u8 - 128) / 128};</li>
 * <li>16-bit: {@code s16 / 32768};</li>
 * <li>24-bit (FFmpeg decodes it to s32, the low 8 bits zero) and 32-bit: {@code s32 /
 * 2147483648} (exact up to 24 significant bits, rounded to float beyond);</li>
 * <li>float: as decoded; double: rounded to float.</li>
 * </ul>
 * {@link org.audioimport.decode.StreamInfo#sampleFormat()} says which of these the decoder
 * produced, for a phase that must reproduce another tool's integer conversion.
 */
package org.audioimport.decode;
