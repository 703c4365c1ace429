package org.audioimport.decode;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * An MP4 file's top-level boxes, walked by the sizes they declare, for a file FFmpeg cannot open: an
 * MP4 whose sample tables (the moov box) come after the audio loses them when it is cut short, and is
 * then nothing FFmpeg can read. Only the box headers are read.
 */
final class Mp4Boxes {

    private static final int HEADER_BYTES = 8;
    private static final int LARGE_HEADER_BYTES = 16;

    private Mp4Boxes() {}

    /**
     * How the file ends inside a box before any moov box, e.g. "the file ends 31271 bytes into its
     * 62100-byte mdat box, before the moov box that holds its sample tables"; empty when it has a moov
     * box, its boxes end where the file does, or it does not walk as MP4 boxes.
     */
    static Optional<String> cutBeforeSampleTables(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            ByteBuffer header = ByteBuffer.allocate(LARGE_HEADER_BYTES);
            long at = 0;
            while (at + HEADER_BYTES <= size) {
                header.clear();
                int read;
                do {
                    read = channel.read(header, at + header.position());
                } while (read > 0 && header.hasRemaining());
                String type = new String(header.array(), 4, 4, StandardCharsets.ISO_8859_1);
                if (type.equals("moov") || !type.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
                    return Optional.empty();
                }
                long declared = Integer.toUnsignedLong(header.getInt(0));
                long headerBytes = HEADER_BYTES;
                if (declared == 1) {
                    if (header.position() < LARGE_HEADER_BYTES) {
                        return Optional.empty();
                    }
                    declared = header.getLong(HEADER_BYTES);
                    headerBytes = LARGE_HEADER_BYTES;
                } else if (declared == 0) {
                    declared = size - at;
                }
                if (declared < headerBytes) {
                    return Optional.empty();
                }
                if (at + declared > size) {
                    return Optional.of("the file ends " + (size - at) + " bytes into its " + declared + "-byte " + type
                            + " box, before the moov box that holds its sample tables");
                }
                at += declared;
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
