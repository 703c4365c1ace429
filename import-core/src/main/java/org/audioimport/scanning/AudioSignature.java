package org.audioimport.scanning;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Recognises audio by the first bytes of a file rather than by its name, so that a FLAC file named
 * .mp3 is still read as FLAC and a picture named .mp3 is recognised as not audio.
 */
public final class AudioSignature {
    private static final int PROBE_BYTES = 4096;

    private AudioSignature() {
    }

    /**
     * The container the file's content starts, or empty when it is not a known audio format. Reads the
     * first few kilobytes, and a few more past an ID3v2 tag, which can be large when it holds cover art.
     */
    public static Optional<Container> detect(FileChannel channel) throws IOException {
        byte[] head = read(channel, 0);
        int afterId3 = skipId3v2(head);
        return detect(afterId3 == 0 ? head : read(channel, afterId3));
    }

    private static byte[] read(FileChannel channel, long position) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(PROBE_BYTES);
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, position + buffer.position());
            if (n < 0) {
                break;
            }
        }
        return Arrays.copyOf(buffer.array(), buffer.position());
    }

    private static Optional<Container> detect(byte[] bytes) {
        if (startsWith(bytes, 0, "fLaC")) {
            return Optional.of(Container.FLAC);
        }
        if (startsWith(bytes, 0, "OggS")) {
            return Optional.of(oggFlavour(bytes));
        }
        if (bytes.length >= 12 && startsWith(bytes, 0, "RIFF") && startsWith(bytes, 8, "WAVE")) {
            return Optional.of(Container.WAV);
        }
        if (bytes.length >= 12 && startsWith(bytes, 0, "FORM")
                && (startsWith(bytes, 8, "AIFF") || startsWith(bytes, 8, "AIFC"))) {
            return Optional.of(Container.AIFF);
        }
        if (bytes.length >= 8 && startsWith(bytes, 4, "ftyp")) {
            return Optional.of(Container.MP4);
        }
        if (startsWith(bytes, 0, "wvpk")) {
            return Optional.of(Container.WAVPACK);
        }
        if (startsWith(bytes, 0, "MAC ")) {
            return Optional.of(Container.APE);
        }
        return frameSync(bytes);
    }

    private static Optional<Container> frameSync(byte[] bytes) {
        if (bytes.length < 3) {
            return Optional.empty();
        }
        int b0 = bytes[0] & 0xff;
        int b1 = bytes[1] & 0xff;
        if (b0 != 0xff || (b1 & 0xe0) != 0xe0) {
            return Optional.empty();
        }
        int layer = (b1 >> 1) & 0x3;
        int version = (b1 >> 3) & 0x3;
        if (layer == 0 && (b1 & 0xf0) == 0xf0) {
            return Optional.of(Container.ADTS);
        }
        // Version 01 and layer 00 are reserved: random bytes starting 0xFFE* are not MPEG audio.
        if (layer == 0 || version == 1) {
            return Optional.empty();
        }
        int bitrateIndex = (bytes[2] & 0xf0) >> 4;
        int rateIndex = (bytes[2] & 0x0c) >> 2;
        if (bitrateIndex == 0xf || rateIndex == 3) {
            return Optional.empty();
        }
        return Optional.of(Container.MPEG);
    }

    private static Container oggFlavour(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 128), StandardCharsets.ISO_8859_1);
        if (head.contains("OpusHead")) {
            return Container.OPUS;
        }
        if (head.contains("\u007fFLAC")) {
            return Container.OGG_FLAC;
        }
        return Container.OGG;
    }

    /** ID3v2 tags may precede MP3 (and some FLAC) audio: its header gives its length as a syncsafe integer. */
    private static int skipId3v2(byte[] bytes) {
        if (bytes.length < 10 || !startsWith(bytes, 0, "ID3")) {
            return 0;
        }
        int size = ((bytes[6] & 0x7f) << 21) | ((bytes[7] & 0x7f) << 14) | ((bytes[8] & 0x7f) << 7) | (bytes[9] & 0x7f);
        boolean footer = (bytes[5] & 0x10) != 0;
        return 10 + size + (footer ? 10 : 0);
    }

    private static boolean startsWith(byte[] bytes, int offset, String ascii) {
        if (offset < 0 || offset + ascii.length() > bytes.length) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (bytes[offset + i] != (byte) ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The audio containers recognised by content. */
    public enum Container {
        FLAC("flac"), MPEG("mp3"), ADTS("aac"), OGG("ogg"), OPUS("opus"), OGG_FLAC("ogg"), MP4("m4a"),
        WAV("wav"), AIFF("aiff"), WAVPACK("wv"), APE("ape");

        private final String extension;

        Container(String extension) {
            this.extension = extension;
        }

        /** The usual file extension, which is what tag readers that go by name expect. */
        public String extension() {
            return extension;
        }
    }
}
