package org.audioimport.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A long file streams through one reused array, sample-exact, in bounded memory. */
class LongFileTest {

    private static final int RATE = 22_050;
    private static final int CHANNELS = 2;
    private static final long FRAMES = 20L * 60 * RATE + 1234; // 20 minutes and a bit

    @TempDir
    Path dir;

    @Test
    void twentyMinuteWavStreamsThroughOneReusedArrayWithExactSamples() throws Exception {
        Path file = writeWav(dir.resolve("long.wav"));
        CheckingSink sink = new CheckingSink();

        DecodeResult result = AudioDecoder.ffmpeg().decode(file, sink);

        assertEquals(FRAMES, result.frames());
        assertEquals(FRAMES, sink.frames);
        assertEquals(0, sink.mismatches, "samples differ from what was written");
        assertEquals(1, sink.distinctArrays, "the sink saw one array, reused");
        assertEquals((FRAMES + 4095) / 4096, sink.blocks, "blocks of 4096 frames");
        assertEquals(FRAMES * (Ticks.PER_SECOND / RATE), result.durationTicks());
        assertTrue(result.clean(), result.warnings().toString());
    }

    /** Frame i, channel c holds (short) (i * 7 + c * 1000): every value, both signs. */
    private static short expected(long frame, int channel) {
        return (short) (frame * 7 + channel * 1000L);
    }

    private static Path writeWav(Path file) throws IOException {
        long dataBytes = FRAMES * CHANNELS * 2;
        ByteBuffer header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .putInt((int) (36 + dataBytes))
                .put("WAVEfmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .putInt(16)
                .putShort((short) 1)
                .putShort((short) CHANNELS)
                .putInt(RATE)
                .putInt(RATE * CHANNELS * 2)
                .putShort((short) (CHANNELS * 2))
                .putShort((short) 16)
                .put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .putInt((int) dataBytes);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(header.array());
            ByteBuffer chunk = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
            for (long i = 0; i < FRAMES; i++) {
                for (int c = 0; c < CHANNELS; c++) {
                    chunk.putShort(expected(i, c));
                }
                if (!chunk.hasRemaining()) {
                    out.write(chunk.array(), 0, chunk.position());
                    chunk.clear();
                }
            }
            out.write(chunk.array(), 0, chunk.position());
        }
        return file;
    }

    private static final class CheckingSink implements PcmSink {
        long frames;
        long blocks;
        long mismatches;
        int distinctArrays;
        private float[] last;

        @Override
        public void start(StreamInfo info) {
            assertEquals(RATE, info.sampleRate());
            assertEquals(CHANNELS, info.channels());
        }

        @Override
        public void accept(PcmBlock block) {
            if (block.samples() != last) {
                last = block.samples();
                distinctArrays++;
            }
            float[] s = block.samples();
            for (int i = 0; i < block.frames(); i++) {
                for (int c = 0; c < CHANNELS; c++) {
                    if (s[i * CHANNELS + c] * 32768f != expected(block.firstFrame() + i, c)) {
                        mismatches++;
                    }
                }
            }
            frames += block.frames();
            blocks++;
        }
    }
}
