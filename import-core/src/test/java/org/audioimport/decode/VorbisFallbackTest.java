package org.audioimport.decode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Random;
import org.audioimport.decode.DecodeException.Reason;
import org.audioimport.testing.RobustnessFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The libvorbisfile fallback: an Ogg Vorbis stream FFmpeg refuses (test-data/make-robustness-fixtures.sh
 * makes one and checks that ffmpeg refuses it and oggdec decodes it) decodes through libvorbisfile into
 * blocks of FFmpeg's shape, and says so; what neither can read keeps FFmpeg's reason.
 */
class VorbisFallbackTest {

    @TempDir
    static Path dir;

    private static Path fixtures;

    @BeforeAll
    static void makeTheFixtures() throws Exception {
        fixtures = RobustnessFixtures.makeIn(dir.resolve("fixtures"));
    }

    @Test
    void ffmpegAloneRefusesTheStreamWithRepeatedHeaders() {
        DecodeException refused = assertThrows(
                DecodeException.class, () -> AudioDecoder.ffmpeg().decode(repeatedHeaders(), new RecordingSink()));

        assertEquals(Reason.DAMAGED, refused.reason(), refused.getMessage());
    }

    @Test
    void standardDecoderDecodesItWithLibvorbisfileToOggdecsFrameCountAndSaysSo() throws Exception {
        RecordingSink sink = new RecordingSink();

        DecodeResult result = AudioDecoder.standard().decode(repeatedHeaders(), sink);

        assertEquals(RobustnessFixtures.oggdecFrames(fixtures), result.frames());
        assertEquals(result.frames(), sink.frames);
        assertEquals(1, sink.starts);
        assertEquals("vorbis", result.info().codec());
        assertEquals("ogg", result.info().container());
        assertEquals(
                "decoded by libvorbisfile: FFmpeg cannot read this stream (ogg header cannot be read:"
                        + " Invalid data found when processing input)",
                result.warnings().get(0).message());
    }

    @Test
    void standardDecoderProbesItWithLibvorbisfile() throws Exception {
        StreamInfo info = AudioDecoder.standard().probe(repeatedHeaders());

        assertEquals(44_100, info.sampleRate());
        assertEquals(2, info.channels());
        assertEquals("Long Light", info.metadata().get("title"));
        assertEquals("4/8", info.metadata().get("track"), "Vorbis comment names as FFmpeg's metadata has them");
    }

    @Test
    void surroundBlocksMatchFfmpegsSampleForSampleInFfmpegsChannelOrder() throws Exception {
        Path surround = fixtures.resolve("vorbis/surround.ogg");
        Collected ffmpeg = collect(AudioDecoder.ffmpeg(), surround);
        Collected vorbisFile = collect(VorbisFileDecoder.load(4096).orElseThrow(), surround);

        assertEquals(6, vorbisFile.info.channels());
        assertEquals(ffmpeg.samples.length, vorbisFile.samples.length, "same frame count");
        float worst = 0;
        for (int i = 0; i < ffmpeg.samples.length; i++) {
            worst = Math.max(worst, Math.abs(ffmpeg.samples[i] - vorbisFile.samples[i]));
        }
        assertTrue(worst < 1e-4, "largest difference " + worst);
        assertArrayEquals(ffmpeg.channelPeaks(), vorbisFile.channelPeaks(), 1e-4f);
    }

    @Test
    void streamNeitherCanReadKeepsFfmpegsReasonAndAddsLibvorbisfiles() throws Exception {
        byte[] identificationPage = Arrays.copyOf(Files.readAllBytes(repeatedHeaders()), 58);
        byte[] noise = new byte[20_000];
        new Random(7).nextBytes(noise);
        Path broken = dir.resolve("broken.ogg");
        Files.write(broken, identificationPage);
        Files.write(broken, noise, StandardOpenOption.APPEND);

        DecodeException refused = assertThrows(
                DecodeException.class, () -> AudioDecoder.standard().decode(broken, new RecordingSink()));

        assertTrue(refused.getMessage().contains("libvorbisfile cannot read it either"), refused.getMessage());
    }

    private static Path repeatedHeaders() {
        return fixtures.resolve("vorbis/repeated-headers.ogg");
    }

    private static Collected collect(AudioDecoder decoder, Path file) throws Exception {
        Collected collected = new Collected();
        decoder.decode(file, collected);
        collected.samples = Arrays.copyOf(collected.samples, collected.count);
        return collected;
    }

    /** Keeps every sample: only for the short test files. */
    private static final class Collected implements PcmSink {
        StreamInfo info;
        float[] samples = new float[1 << 20];
        int count;

        @Override
        public void start(StreamInfo info) {
            this.info = info;
        }

        @Override
        public void accept(PcmBlock block) {
            if (count + block.sampleCount() > samples.length) {
                samples = Arrays.copyOf(samples, 2 * (count + block.sampleCount()));
            }
            System.arraycopy(block.samples(), 0, samples, count, block.sampleCount());
            count += block.sampleCount();
        }

        float[] channelPeaks() {
            float[] peaks = new float[info.channels()];
            for (int i = 0; i < samples.length; i++) {
                peaks[i % peaks.length] = Math.max(peaks[i % peaks.length], Math.abs(samples[i]));
            }
            return peaks;
        }
    }
}
