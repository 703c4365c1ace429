package org.audioimport.scanning;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.util.Locale;
import java.util.Optional;
import org.audioimport.scanning.AudioSignature.Container;

/**
 * What a container's own header or index says about its length, for the containers where FFmpeg does
 * not say it to the decoder: a WAV's data chunk size (a lying header may declare gigabytes over a few
 * kilobytes of audio), and an Ogg stream's end-of-stream page (a cut Ogg or Opus file has none).
 * Only the header and the file's last pages are read.
 */
public final class DeclaredLength {
    /** Audio this much shorter than declared is reported; above encoder padding and rounding. */
    private static final double TOLERANCE_SECONDS = 0.5;

    private static final int OGG_TAIL_BYTES = 64 * 1024;
    private static final int OGG_END_OF_STREAM = 0x04;
    private static final int WAV_HEADER_SEARCH_BYTES = 64 * 1024;

    private DeclaredLength() {}

    /**
     * A "truncated: ..." warning when the file declares more than {@code decodedSeconds} of audio, or
     * ends before its stream does; empty when the container agrees with what was decoded, or says nothing.
     */
    public static Optional<String> truncation(FileChannel channel, Container container, double decodedSeconds)
            throws IOException {
        return switch (container) {
            case WAV ->
                wavDeclaredSeconds(channel)
                        .filter(declared -> declared - decodedSeconds > TOLERANCE_SECONDS)
                        .map(declared -> String.format(
                                Locale.ROOT,
                                "truncated: the audio ends at %.2f s but the file declares %.2f s (its WAV data chunk)",
                                decodedSeconds,
                                declared));
            case OGG, OPUS, OGG_FLAC ->
                oggEndsWithoutItsLastPage(channel)
                        ? Optional.of(String.format(
                                Locale.ROOT,
                                "truncated: the Ogg stream has no end-of-stream page; " + "the file has %.2f s",
                                decodedSeconds))
                        : Optional.empty();
            case FLAC, MPEG, ADTS, MP4, AIFF, WAVPACK, APE, TTA, ASF, AC3, OTHER -> Optional.empty();
        };
    }

    /** The data chunk's size over the format's bytes per frame; empty when the header is not plain PCM RIFF. */
    private static Optional<Double> wavDeclaredSeconds(FileChannel channel) throws IOException {
        ByteBuffer head = read(channel, 0, (int) Math.min(channel.size(), WAV_HEADER_SEARCH_BYTES));
        head.order(ByteOrder.LITTLE_ENDIAN);
        long position = 12;
        long bytesPerSecond = 0;
        while (position + 8 <= head.limit()) {
            int at = (int) position;
            int id = head.getInt(at);
            long size = Integer.toUnsignedLong(head.getInt(at + 4));
            if (id == chunkId("fmt ") && at + 20 <= head.limit()) {
                bytesPerSecond = Integer.toUnsignedLong(head.getInt(at + 16));
            } else if (id == chunkId("data")) {
                return bytesPerSecond > 0 ? Optional.of((double) size / bytesPerSecond) : Optional.empty();
            }
            position += 8 + size + (size & 1);
        }
        return Optional.empty();
    }

    private static int chunkId(String ascii) {
        return ascii.charAt(0) | (ascii.charAt(1) << 8) | (ascii.charAt(2) << 16) | (ascii.charAt(3) << 24);
    }

    /** True when the last Ogg page in the file's tail does not carry the end-of-stream flag. */
    private static boolean oggEndsWithoutItsLastPage(FileChannel channel) throws IOException {
        long start = Math.max(0, channel.size() - OGG_TAIL_BYTES);
        ByteBuffer tail = read(channel, start, (int) (channel.size() - start));
        for (int i = tail.limit() - 27; i >= 0; i--) {
            if (tail.get(i) == 'O'
                    && tail.get(i + 1) == 'g'
                    && tail.get(i + 2) == 'g'
                    && tail.get(i + 3) == 'S'
                    && tail.get(i + 4) == 0) {
                return (tail.get(i + 5) & OGG_END_OF_STREAM) == 0;
            }
        }
        return false;
    }

    private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining() && channel.read(buffer, position + buffer.position()) >= 0) {
            if (position + buffer.position() >= channel.size()) {
                break;
            }
        }
        buffer.flip();
        return buffer;
    }
}
