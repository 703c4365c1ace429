package org.audioimport.scanning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.audioimport.scanning.AudioSignature.Container;
import org.audioimport.testing.Ffmpeg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The containers beyond the sample library's, made by ffmpeg at test time and named {@code .dat} so that
 * only their content can tell, and the bytes that merely look like a format's start (a RIFF that is not
 * WAVE, a sync word of a reserved MPEG version, an ID3 tag with nothing after it): each file is told by
 * its content, and nothing else is taken for audio.
 */
class AudioSignatureFormatsTest {
    @TempDir
    Path dir;

    @Test
    void wavPackIsRecognisedByItsContent() throws Exception {
        assertEquals(Optional.of(Container.WAVPACK), detect(encode("wavpack", "wv")));
    }

    @Test
    void windowsMediaAudioIsRecognisedByItsContent() throws Exception {
        assertEquals(Optional.of(Container.ASF), detect(encode("wmav2", "asf")));
    }

    @Test
    void trueAudioIsRecognisedByItsContent() throws Exception {
        assertEquals(Optional.of(Container.TTA), detect(encode("tta", "tta")));
    }

    @Test
    void ac3AndEnhancedAc3AreRecognisedByTwoFramesInARow() throws Exception {
        assertEquals(Optional.of(Container.AC3), detect(encode("ac3", "ac3", 48_000)));
        assertEquals(Optional.of(Container.AC3), detect(encode("eac3", "eac3", 48_000)));
        assertEquals(Optional.of(Container.AC3), detect(encode("ac3", "ac3", 44_100)));
    }

    @Test
    void anAc3SyncWordWithoutAValidFrameAfterItIsNotAudio() throws Exception {
        byte[] header = Arrays.copyOf(Files.readAllBytes(encode("ac3", "ac3", 48_000)), 6);
        byte[] badSizeCode = {0x0b, 0x77, 0, 0, 0x3f, 0x40};

        assertEquals(Optional.empty(), detect(write("chain.dat", header, junk(4000))), "no second frame");
        assertEquals(Optional.empty(), detect(write("size.dat", badSizeCode, junk(4000))));
    }

    @Test
    void adtsAacIsRecognisedByItsContent() throws Exception {
        assertEquals(Optional.of(Container.ADTS), detect(encode("aac", "adts")));
    }

    @Test
    void flacInOggIsToldFromVorbisInOgg() throws Exception {
        assertEquals(Optional.of(Container.OGG_FLAC), detect(encode("flac", "ogg")));
    }

    @Test
    void aifcIsRecognisedAsAiff() throws Exception {
        Path aifc = encode("pcm_f32be", "aiff");
        assertTrue(new String(Files.readAllBytes(aifc), 8, 4, StandardCharsets.US_ASCII).equals("AIFC"));

        assertEquals(Optional.of(Container.AIFF), detect(aifc));
    }

    @Test
    void mpeg2LayerTwoIsRecognisedAsMpegAudio() throws Exception {
        assertEquals(Optional.of(Container.MPEG), detect(encode("mp2", "mp2")));
    }

    @Test
    void mpeg2LayerThreeBehindATagAndJunkIsFoundByThreeFramesInARow() throws Exception {
        byte[] audio = Files.readAllBytes(encode("libmp3lame", "mp3"));
        byte[] frames = Arrays.copyOfRange(audio, id3Length(audio), audio.length);
        assertEquals(0xf3, frames[1] & 0xff, "MPEG-2 layer III at 22.05 kHz");

        Path file = write("tagged.dat", id3Tag(300, false), junk(700), frames);

        assertEquals(Optional.of(Container.MPEG), detect(file));
    }

    @Test
    void mpeg2LayerTwoBehindATagWithAFooterIsFound() throws Exception {
        byte[] frames = Files.readAllBytes(encode("mp2", "mp2"));

        Path file = write("footer.dat", id3Tag(200, true), frames);

        assertEquals(Optional.of(Container.MPEG), detect(file));
    }

    @Test
    void aSyncWordNotFollowedByMoreFramesBehindATagIsNotAudio() throws Exception {
        byte[] lone = {(byte) 0xff, (byte) 0xfb, (byte) 0x90, 0x64};

        Path file = write("lone-sync.dat", id3Tag(100, false), junk(50), lone, junk(3000));

        assertEquals(Optional.empty(), detect(file));
    }

    @Test
    void textBehindATagIsNotAudio() throws Exception {
        Path file = write(
                "text.dat",
                id3Tag(100, false),
                "just some words, no audio".repeat(40).getBytes(StandardCharsets.US_ASCII));

        assertEquals(Optional.empty(), detect(file));
    }

    @Test
    void aTagDeclaringMoreBytesThanTheFileHoldsIsNotAudio() throws Exception {
        byte[] tag = id3Tag(100_000, false);

        Path file = write("cut-tag.dat", Arrays.copyOf(tag, 2000));

        assertEquals(Optional.empty(), detect(file));
    }

    @Test
    void audioBehindMoreThanEightLargeTagsIsNotTakenForAudio() throws Exception {
        byte[] frames = Files.readAllBytes(encode("mp2", "mp2"));
        byte[] tag = id3Tag(70_000, false);
        List<byte[]> parts = new java.util.ArrayList<>(java.util.Collections.nCopies(8, tag));
        Path eight = write("eight.dat", concat(parts), frames);
        parts.add(tag);

        Path nine = write("nine.dat", concat(parts), frames);

        assertEquals(Optional.of(Container.MPEG), detect(eight));
        assertEquals(Optional.empty(), detect(nine));
    }

    @Test
    void headersOfOtherRiffAndIffFormatsAreNotAudio() throws Exception {
        Path avi = write(
                "video.dat",
                "RIFF".getBytes(StandardCharsets.US_ASCII),
                new byte[4],
                "AVI LIST".getBytes(StandardCharsets.US_ASCII),
                junk(100));
        Path picture = write(
                "picture.dat",
                "FORM".getBytes(StandardCharsets.US_ASCII),
                new byte[4],
                "ILBMBMHD".getBytes(StandardCharsets.US_ASCII),
                junk(100));

        assertEquals(Optional.empty(), detect(avi));
        assertEquals(Optional.empty(), detect(picture));
    }

    @Test
    void bytesStartingWithASyncWordOfAReservedVersionLayerBitrateOrRateAreNotAudio() throws Exception {
        byte[][] starts = {
            {(byte) 0xff, (byte) 0xeb, (byte) 0x90, 0x64}, // version 01, reserved
            {(byte) 0xff, (byte) 0xe1, (byte) 0x90, 0x64}, // MPEG-2.5, layer 00, reserved
            {(byte) 0xff, (byte) 0xfb, (byte) 0xf0, 0x64}, // bitrate index 15, forbidden
            {(byte) 0xff, (byte) 0xfb, (byte) 0x9c, 0x64}, // sample rate index 3, reserved
        };
        for (byte[] start : starts) {
            Path file = write("sync.dat", start, junk(500));

            assertEquals(Optional.empty(), detect(file), () -> String.format("%02x %02x", start[1], start[2]));
        }
    }

    @Test
    void anId3HeaderWithAnImpossibleSizeIsNotATag() throws Exception {
        byte[] frames = Files.readAllBytes(encode("mp2", "mp2"));
        byte[] tag = id3Tag(100, false);
        tag[7] = (byte) 0x80;

        Path file = write("bad-size.dat", tag, frames);

        assertEquals(Optional.empty(), detect(file), "a size byte with its top bit set is no syncsafe integer");
    }

    /** One second of a sine at 22.05 kHz, mono, encoded by ffmpeg with {@code codec} into {@code format}. */
    private Path encode(String codec, String format) throws IOException, InterruptedException {
        return encode(codec, format, 22_050);
    }

    /** One second of a sine at {@code rate}, mono, encoded by ffmpeg with {@code codec} into {@code format}. */
    private Path encode(String codec, String format, int rate) throws IOException, InterruptedException {
        Path out = dir.resolve(codec + "-" + format + "-" + rate + ".dat");
        Ffmpeg.run("-f", "lavfi", "-i", "sine=f=440:d=1:r=" + rate, "-c:a", codec, "-f", format, out.toString());
        return out;
    }

    /** An ID3v2.4 tag of {@code size} bytes of padding after its header, with a footer if asked. */
    private static byte[] id3Tag(int size, boolean footer) {
        byte[] tag = new byte[10 + size + (footer ? 10 : 0)];
        tag[0] = 'I';
        tag[1] = 'D';
        tag[2] = '3';
        tag[3] = 4;
        tag[5] = (byte) (footer ? 0x10 : 0);
        tag[6] = (byte) ((size >> 21) & 0x7f);
        tag[7] = (byte) ((size >> 14) & 0x7f);
        tag[8] = (byte) ((size >> 7) & 0x7f);
        tag[9] = (byte) (size & 0x7f);
        if (footer) {
            System.arraycopy(tag, 0, tag, 10 + size, 10);
            tag[10 + size] = '3';
            tag[11 + size] = 'D';
            tag[12 + size] = 'I';
        }
        return tag;
    }

    private static int id3Length(byte[] file) {
        return 10 + ((file[6] & 0x7f) << 21) + ((file[7] & 0x7f) << 14) + ((file[8] & 0x7f) << 7) + (file[9] & 0x7f);
    }

    /** Bytes that hold no sync word: what a tagger may leave between a tag and the audio. */
    private static byte[] junk(int length) {
        byte[] junk = new byte[length];
        for (int i = 0; i < length; i++) {
            junk[i] = (byte) ('a' + i % 26);
        }
        return junk;
    }

    private Path write(String name, byte[]... parts) throws IOException {
        return Files.write(dir.resolve(name), concat(Arrays.asList(parts)));
    }

    private static byte[] concat(List<byte[]> parts) {
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        parts.forEach(joined::writeBytes);
        return joined.toByteArray();
    }

    private static Optional<Container> detect(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file)) {
            return AudioSignature.detect(channel);
        }
    }
}
