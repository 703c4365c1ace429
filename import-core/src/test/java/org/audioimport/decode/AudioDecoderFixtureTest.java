package org.audioimport.decode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.audioimport.testing.SampleLibrary;
import org.audioimport.testing.SampleLibrary.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every shipped fixture decodes to what its manifest and the reference tools say. */
class AudioDecoderFixtureTest {

    private static final Set<String> LOSSLESS = Set.of("flac", "wav", "aiff");

    private final AudioDecoder decoder = AudioDecoder.ffmpeg();

    static List<Row> fixtures() {
        return SampleLibrary.expectedRows();
    }

    static List<Row> fpcalcRows() {
        return SampleLibrary.fpcalc();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void reportsContainerCodecRateAndChannelsOfTheManifest(Row row) throws Exception {
        RecordingSink sink = new RecordingSink();
        DecodeResult result = decoder.decode(row.file(), sink);
        StreamInfo info = result.info();
        assertEquals(row.get("container"), info.container(), "container");
        assertEquals(row.get("codec"), info.codec(), "codec");
        assertEquals(Integer.parseInt(row.get("sample_rate")), info.sampleRate(), "sample rate");
        assertEquals(Integer.parseInt(row.get("channels")), info.channels(), "channels");
        assertEquals(info, sink.info, "the sink is started with the same info");
        assertEquals(1, sink.starts, "started once");
        if (LOSSLESS.contains(info.container())) {
            assertEquals(16, info.bitDepth(), "bit depth");
        } else {
            assertNull(info.bitDepth(), "no bit depth for a lossy codec");
        }
        assertTrue(info.bitrateKbps() != null && info.bitrateKbps() > 0, "bit rate");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void probeGivesTheSameInfoAsDecode(Row row) throws Exception {
        StreamInfo probed = decoder.probe(row.file());
        StreamInfo decoded = decoder.decode(row.file(), new RecordingSink()).info();
        assertEquals(decoded, probed);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void decodesCleanlyIntoContiguousFullBlocks(Row row) throws Exception {
        RecordingSink sink = new RecordingSink();
        DecodeResult result = decoder.decode(row.file(), sink);
        assertEquals(List.of(), result.warnings(), "no warnings on a good file");
        assertEquals(result.frames(), sink.frames, "frames delivered");
        List<Integer> sizes = sink.blockSizes;
        for (int i = 0; i < sizes.size() - 1; i++) {
            assertEquals(AudioDecoder.DEFAULT_BLOCK_FRAMES, sizes.get(i), "block " + i + " is full");
        }
        assertEquals(1, sink.arrays.size(), "one reused array");
        assertEquals(Ticks.fromFrames(result.frames(), result.info().sampleRate()), result.durationTicks());
        assertTrue(sink.peak > 0.03f, "audible audio, peak " + sink.peak);
    }

    /**
     * Exact frame counts come from the ffmpeg command: fpcalc.tsv's duration is whole seconds,
     * too coarse to see untrimmed encoder delay or padding (tens of milliseconds). ./run-tests
     * installs Debian's ffmpeg for this reference.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void frameCountEqualsWhatTheFfmpegCommandDecodes(Row row) throws Exception {
        RecordingSink sink = new RecordingSink();
        DecodeResult result = decoder.decode(row.file(), sink);
        OptionalLong reference =
                SampleLibrary.ffmpegFrames(row.file(), result.info().channels());
        assertTrue(reference.isPresent(), "the ffmpeg command is needed for reference frame counts");
        assertEquals(reference.getAsLong(), result.frames());
    }

    /** fpcalc prints the decoded duration truncated to whole seconds. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("fpcalcRows")
    void durationTruncatesToFpcalcsWholeSeconds(Row row) throws Exception {
        DecodeResult result = decoder.decode(row.file(), new RecordingSink());
        assertEquals(
                Long.parseLong(row.get("duration")),
                result.frames() / result.info().sampleRate(),
                "whole seconds of " + result.durationSeconds() + " s");
    }

    @Test
    void mp3TranscodeOfAFlacHasExactlyItsFrameCount() throws Exception {
        // LAME adds encoder delay and padding; the LAME/Xing header says how much to trim.
        long flac = decoder.decode(
                        SampleLibrary.expectedRow("01 - First Frost.flac").file(), new RecordingSink())
                .frames();
        long mp3 = decoder.decode(
                        SampleLibrary.expectedRow("copies/01 - First Frost.mp3").file(), new RecordingSink())
                .frames();
        assertEquals(flac, mp3);
    }

    @Test
    void flacDecodesToTheSamplesWhoseMd5ItsHeaderRecords() throws Exception {
        for (Row row : fixtures()) {
            if (!row.get("container").equals("flac")) {
                continue;
            }
            Md5Sink sink = new Md5Sink();
            decoder.decode(row.file(), sink);
            assertArrayEquals(flacStreamInfoMd5(row.file()), sink.digest.digest(), row.toString());
        }
    }

    @Test
    void readsOpusTagsThroughFfmpegMetadata() throws Exception {
        Row row = SampleLibrary.expectedRow(".opus");
        StreamInfo info = decoder.probe(row.file());
        assertEquals(row.get("title"), info.metadata().get("title"));
        assertEquals(row.get("artist"), info.metadata().get("artist"));
        assertEquals(row.get("album"), info.metadata().get("album"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void metadataKeysAreLowerCase(Row row) throws Exception {
        StreamInfo info = decoder.probe(row.file());
        for (String key : info.metadata().keySet()) {
            assertEquals(key.toLowerCase(java.util.Locale.ROOT), key);
        }
        if (!row.get("title").isEmpty()) {
            assertEquals(row.get("title"), info.metadata().get("title"));
        }
    }

    @Test
    void decodersRunInParallelAndAgreeWithOneRunAlone() throws Exception {
        List<Row> rows = fixtures();
        long[] expected = new long[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            RecordingSink sink = new RecordingSink();
            decoder.decode(rows.get(i).file(), sink);
            expected[i] = sink.checksum();
        }
        int threads = 4;
        long[][] seen = new long[threads][rows.size()];
        List<Thread> workers = new java.util.ArrayList<>();
        java.util.concurrent.ConcurrentLinkedQueue<Throwable> failures =
                new java.util.concurrent.ConcurrentLinkedQueue<>();
        for (int t = 0; t < threads; t++) {
            int id = t;
            workers.add(Thread.ofPlatform().start(() -> {
                AudioDecoder own = AudioDecoder.ffmpeg();
                try {
                    for (int round = 0; round < 3; round++) {
                        for (int i = 0; i < rows.size(); i++) {
                            int k = (i + id * 3) % rows.size();
                            RecordingSink sink = new RecordingSink();
                            own.decode(rows.get(k).file(), sink);
                            seen[id][k] = sink.checksum();
                        }
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            }));
        }
        for (Thread worker : workers) {
            worker.join();
        }
        assertEquals(List.of(), List.copyOf(failures));
        for (int t = 0; t < threads; t++) {
            assertArrayEquals(expected, seen[t], "thread " + t);
        }
    }

    /** The MD5 in a FLAC file's STREAMINFO block (the first metadata block). */
    private static byte[] flacStreamInfoMd5(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4 + 4 + 34);
            assertEquals("fLaC", new String(head, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
            return java.util.Arrays.copyOfRange(head, head.length - 16, head.length);
        }
    }

    /** MD5 of the samples as 16-bit little-endian, as FLAC computes it for 16-bit audio. */
    private static final class Md5Sink implements PcmSink {
        final MessageDigest digest;
        private byte[] bytes = new byte[0];

        Md5Sink() throws NoSuchAlgorithmException {
            digest = MessageDigest.getInstance("MD5");
        }

        @Override
        public void start(StreamInfo info) {}

        @Override
        public void accept(PcmBlock block) {
            int n = block.sampleCount();
            if (bytes.length < 2 * n) {
                bytes = new byte[2 * n];
            }
            float[] s = block.samples();
            for (int i = 0; i < n; i++) {
                short v = RecordingSink.toS16(s[i]);
                bytes[2 * i] = (byte) v;
                bytes[2 * i + 1] = (byte) (v >> 8);
            }
            digest.update(bytes, 0, 2 * n);
        }
    }
}
