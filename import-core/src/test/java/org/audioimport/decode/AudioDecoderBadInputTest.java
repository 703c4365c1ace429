package org.audioimport.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import javax.imageio.ImageIO;
import org.audioimport.decode.DecodeException.Reason;
import org.audioimport.testing.SampleLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not audio, or damaged audio: a reason a user understands, never a crash. */
class AudioDecoderBadInputTest {

    private static final String FLAC = "01 - First Frost.flac";
    private static final String MP3_CBR = "02 - Café in the Snow.mp3";
    private static final String MP3_VBR = "03 - April Showers.mp3";
    private static final String OGG = "04 - Long Light.ogg";

    @TempDir
    Path dir;

    private final AudioDecoder decoder = AudioDecoder.ffmpeg();

    @Test
    void zeroByteFileIsRejectedAsEmpty() throws IOException {
        Path file = Files.createFile(dir.resolve("empty.flac"));
        assertRejected(file, Reason.EMPTY, "file is empty");
    }

    @Test
    void randomBytesNamedMp3AreRejectedAsNotAudio() throws IOException {
        byte[] noise = new byte[200_000];
        new Random(42).nextBytes(noise);
        Path file = Files.write(dir.resolve("noise.mp3"), noise);
        assertRejected(file, Reason.NOT_AUDIO, "not an audio file");
    }

    @Test
    void pictureNamedMp3IsRejectedAsHavingNoAudioStream() throws IOException {
        Path file = dir.resolve("cover.mp3");
        ImageIO.write(new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
        DecodeException e = assertRejected(file, Reason.NO_AUDIO_STREAM, "no audio stream");
        assertTrue(e.getMessage().contains("png"), e.getMessage());
    }

    @Test
    void missingFileIsRejectedAsUnreadable() {
        assertRejected(dir.resolve("gone.flac"), Reason.UNREADABLE, "no such file");
    }

    @Test
    void folderIsRejectedAsUnreadable() throws IOException {
        assertRejected(Files.createDirectory(dir.resolve("album.flac")), Reason.UNREADABLE, "not a regular file");
    }

    @Test
    void fileCutInsideItsHeaderIsRejectedAsTruncated() throws IOException {
        Path file = prefix(OGG, 40);
        assertRejected(file, Reason.TRUNCATED, "ends inside its header");
    }

    @Test
    void truncatedFlacDecodesItsFirstPartAndWarnsWhereItEnds() throws Exception {
        assertPartialWithTruncationWarning(FLAC);
    }

    @Test
    void truncatedCbrMp3DecodesItsFirstPartAndWarnsWhereItEnds() throws Exception {
        assertPartialWithTruncationWarning(MP3_CBR);
    }

    @Test
    void truncatedVbrMp3DecodesItsFirstPartAndWarnsWhereItEnds() throws Exception {
        assertPartialWithTruncationWarning(MP3_VBR);
    }

    @Test
    void damagedMiddleOfFlacIsSkippedWithAWarningAtItsPosition() throws Exception {
        Path source = SampleLibrary.expectedRow(FLAC).file();
        byte[] bytes = Files.readAllBytes(source);
        byte[] garbage = new byte[3000];
        new Random(7).nextBytes(garbage);
        System.arraycopy(garbage, 0, bytes, bytes.length / 2, garbage.length);
        Path file = Files.write(dir.resolve("damaged.flac"), bytes);

        RecordingSink whole = new RecordingSink();
        long full = decoder.decode(source, whole).frames();
        DecodeResult result = decoder.decode(file, new RecordingSink());

        assertFalse(result.warnings().isEmpty(), "a warning");
        DecodeWarning first = result.warnings().get(0);
        double length = (double) full / result.info().sampleRate();
        assertTrue(first.seconds() > 0.2 * length && first.seconds() < 0.8 * length, "warning in the middle: " + first);
        assertTrue(
                result.frames() > 0.8 * full && result.frames() <= full,
                "decoded most of it: " + result.frames() + " of " + full);
    }

    @Test
    void sinkThatStopsTheDecodeIsRethrownAndTheDecoderStaysUsable() throws Exception {
        Path file = SampleLibrary.expectedRow(FLAC).file();
        PcmSink stopping = new PcmSink() {
            @Override
            public void start(StreamInfo info) {}

            @Override
            public void accept(PcmBlock block) throws SinkException {
                throw new SinkException("cancelled");
            }
        };
        SinkException e = assertThrows(SinkException.class, () -> decoder.decode(file, stopping));
        assertEquals("cancelled", e.getMessage());
        RecordingSink sink = new RecordingSink();
        assertTrue(decoder.decode(file, sink).clean());
    }

    private void assertPartialWithTruncationWarning(String fixture) throws Exception {
        DecodeResult whole = decoder.decode(SampleLibrary.expectedRow(fixture).file(), new RecordingSink());
        Path file = prefix(fixture, 0.6);
        RecordingSink sink = new RecordingSink();
        DecodeResult result = decoder.decode(file, sink);

        assertTrue(result.frames() > 0, "something decoded");
        assertEquals(result.frames(), sink.frames);
        assertFalse(result.warnings().isEmpty(), "warned");
        DecodeWarning last = result.warnings().get(result.warnings().size() - 1);
        assertTrue(last.message().startsWith("truncated"), last.message());
        assertEquals(result.frames(), last.frame(), "the warning is where the audio ends");
        double length = whole.durationSeconds();
        assertTrue(
                last.seconds() > 0.3 * length && last.seconds() < 0.8 * length,
                "ends near 60% of " + length + " s: " + last);
        System.out.println(file.getFileName() + ": " + result.warnings());
    }

    private DecodeException assertRejected(Path file, Reason reason, String words) {
        DecodeException e = assertThrows(DecodeException.class, () -> decoder.decode(file, new RecordingSink()));
        assertEquals(reason, e.reason(), e.getMessage());
        assertTrue(e.getMessage().startsWith(file.toString() + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(words), e.getMessage());
        if (reason != Reason.NOT_AUDIO) {
            // A file whose every audio frame is garbage probes fine; the rest fail alike.
            DecodeException probed = assertThrows(DecodeException.class, () -> decoder.probe(file));
            assertEquals(reason, probed.reason(), probed.getMessage());
        }
        System.out.println(e.getMessage());
        return e;
    }

    private Path prefix(String fixture, double fraction) throws IOException {
        Path source = SampleLibrary.expectedRow(fixture).file();
        return prefix(fixture, (int) (Files.size(source) * fraction));
    }

    private Path prefix(String fixture, int length) throws IOException {
        Path source = SampleLibrary.expectedRow(fixture).file();
        byte[] bytes = Arrays.copyOf(Files.readAllBytes(source), length);
        String name = source.getFileName().toString();
        return Files.write(dir.resolve("cut " + name), bytes);
    }
}
