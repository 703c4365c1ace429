package org.audioimport.scanning;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Recognises audio by the first bytes of a file rather than by its name, so that a FLAC file named
 * .mp3 is still read as FLAC and a picture named .mp3 is recognised as not audio.
 */
public final class AudioSignature {
    private static final int PROBE_BYTES = 4096;
    private static final int ID3V2_HEADER_BYTES = 10;
    /** A tagger bug can write the tag more than once; past this many, the file is not taken for audio. */
    private static final int MAX_TAGS = 8;

    private static final int SYNC_SEARCH_BYTES = 64 * 1024;
    private static final int FRAMES_TO_CONFIRM = 3;

    /** The GUID every ASF file (WMA, WMV) starts with, as stored: the first three fields little-endian. */
    private static final byte[] ASF_HEADER = HexFormat.of().parseHex("3026b2758e66cf11a6d900aa0062ce6c");

    private AudioSignature() {}

    /**
     * The container the file's content starts, or empty when it is not a known audio format. Reads the
     * first few kilobytes past any ID3v2 tags, which can be megabytes long when they hold cover art: a tag
     * is stepped over by the size its header declares, never read.
     */
    public static Optional<Container> detect(FileChannel channel) throws IOException {
        long audioStart = skipId3v2Tags(channel);
        Optional<Container> found = detect(read(channel, audioStart, PROBE_BYTES));
        if (found.isPresent() || audioStart == 0) {
            return found;
        }
        // Taggers leave padding, and sometimes junk, between the tag and the first frame.
        return findMpegStream(read(channel, audioStart, SYNC_SEARCH_BYTES));
    }

    /** Where the content starts after the ID3v2 tags at the file's start; 0 when there is none. */
    private static long skipId3v2Tags(FileChannel channel) throws IOException {
        long size = channel.size();
        long position = 0;
        for (int i = 0; i < MAX_TAGS; i++) {
            long tagLength = id3v2Length(read(channel, position, ID3V2_HEADER_BYTES));
            if (tagLength == 0 || position + tagLength >= size) {
                return position;
            }
            position += tagLength;
        }
        return position;
    }

    private static byte[] read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, position + buffer.position());
            if (n < 0) {
                break;
            }
        }
        return Arrays.copyOf(buffer.array(), buffer.position());
    }

    /** The first offset where {@value #FRAMES_TO_CONFIRM} MPEG frames follow one another, as a decoder would resync. */
    private static Optional<Container> findMpegStream(byte[] bytes) {
        for (int offset = 0; offset + 4 <= bytes.length; offset++) {
            if (framesFollowOneAnother(bytes, offset)) {
                return Optional.of(Container.MPEG);
            }
        }
        return Optional.empty();
    }

    private static boolean framesFollowOneAnother(byte[] bytes, int offset) {
        Optional<MpegFrameHeader> first = MpegFrameHeader.at(bytes, offset);
        if (first.isEmpty()) {
            return false;
        }
        int position = offset + first.get().lengthBytes();
        for (int frame = 1; frame < FRAMES_TO_CONFIRM; frame++) {
            Optional<MpegFrameHeader> next = MpegFrameHeader.at(bytes, position);
            if (next.isEmpty() || !first.get().continuedBy(next.get())) {
                return false;
            }
            position += next.get().lengthBytes();
        }
        return true;
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
        if (bytes.length >= 12
                && startsWith(bytes, 0, "FORM")
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
        if (startsWith(bytes, 0, "TTA1")) {
            return Optional.of(Container.TTA);
        }
        if (bytes.length >= ASF_HEADER.length
                && Arrays.equals(bytes, 0, ASF_HEADER.length, ASF_HEADER, 0, ASF_HEADER.length)) {
            return Optional.of(Container.ASF);
        }
        if (Ac3Frames.followOneAnother(bytes)) {
            return Optional.of(Container.AC3);
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

    /**
     * The length of the ID3v2 tag these header bytes start, footer included, or 0 when they start none.
     * ID3v2 tags may precede MP3 (and some FLAC) audio: the header gives the length as a syncsafe integer.
     */
    private static long id3v2Length(byte[] header) {
        if (header.length < ID3V2_HEADER_BYTES
                || !startsWith(header, 0, "ID3")
                || (header[3] & 0xff) == 0xff
                || (header[4] & 0xff) == 0xff) {
            return 0;
        }
        long size = 0;
        for (int i = 6; i < ID3V2_HEADER_BYTES; i++) {
            if ((header[i] & 0x80) != 0) {
                return 0;
            }
            size = (size << 7) | header[i];
        }
        boolean footer = (header[5] & 0x10) != 0;
        return ID3V2_HEADER_BYTES + size + (footer ? ID3V2_HEADER_BYTES : 0);
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
        FLAC("flac"),
        MPEG("mp3"),
        ADTS("aac"),
        OGG("ogg"),
        OPUS("opus"),
        OGG_FLAC("ogg"),
        MP4("m4a"),
        WAV("wav"),
        AIFF("aiff"),
        WAVPACK("wv"),
        APE("ape"),
        TTA("tta"),
        /** Windows Media Audio, or the audio of a Windows Media video. */
        ASF("wma"),
        /** AC-3 or E-AC-3, raw. */
        AC3("ac3"),
        /**
         * A format with no signature here, named like audio, in which FFmpeg's own probe finds an audio
         * stream (DSD, Musepack, Matroska, CAF...).
         */
        OTHER("");

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
