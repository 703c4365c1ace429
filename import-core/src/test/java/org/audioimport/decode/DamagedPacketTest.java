package org.audioimport.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.audioimport.testing.SampleLibrary;
import org.junit.jupiter.api.Test;

/**
 * A packet FFmpeg refuses is told to the sink as a {@link DamagedPacket} naming the frame decoded
 * just before it, before that frame arrives; every decoded frame still arrives, as many as the
 * {@code ffmpeg} command decodes (test-data/damaged, 22,050 Hz mono FLAC in frames of 2,304).
 */
class DamagedPacketTest {

    private final AudioDecoder decoder = AudioDecoder.ffmpeg();

    @Test
    void aCutFileNamesItsLastWholeFrameBeforeItArrivesAndStillDeliversIt() throws Exception {
        Path file = SampleLibrary.testData().resolve("damaged/cut.flac");
        Told told = new Told();

        DecodeResult result = decoder.decode(file, told);

        assertEquals(1, told.packets.size(), "refusals told");
        DamagedPacket packet = told.packets.get(0);
        assertEquals(result.frames(), packet.lastFrameEnd(), "the named frame is the last one decoded");
        assertEquals(2304, packet.lastFrameEnd() - packet.lastFrameStart(), "one FLAC frame of 2304 samples");
        assertFalse(packet.followsDamage());
        assertTrue(told.framesWhenTold.get(0) <= packet.lastFrameStart(), "told before the frame arrived");
        assertEquals(
                SampleLibrary.ffmpegFrames(file, 1).orElseThrow(), result.frames(), "frames as ffmpeg decodes them");
    }

    @Test
    void aDamagedPacketMidFileNamesTheFrameBeforeItAndTheRestStillArrives() throws Exception {
        Path file = SampleLibrary.testData().resolve("damaged/gap.flac");
        Told told = new Told();

        DecodeResult result = decoder.decode(file, told);

        assertEquals(1, told.packets.size(), "refusals told");
        DamagedPacket packet = told.packets.get(0);
        assertEquals(43 * 2304, packet.lastFrameStart(), "the frame of packet 44, before the damaged 45th");
        assertEquals(44 * 2304, packet.lastFrameEnd());
        assertTrue(told.framesWhenTold.get(0) <= packet.lastFrameStart(), "told before the frame arrived");
        assertEquals(
                SampleLibrary.ffmpegFrames(file, 1).orElseThrow(), result.frames(), "frames as ffmpeg decodes them");
    }

    /** Records every damaged packet and how many frames had arrived when it was told. */
    private static final class Told implements PcmSink {
        final List<DamagedPacket> packets = new ArrayList<>();
        final List<Long> framesWhenTold = new ArrayList<>();
        private long frames;

        @Override
        public void start(StreamInfo info) {}

        @Override
        public void accept(PcmBlock block) {
            frames += block.frames();
        }

        @Override
        public void damaged(DamagedPacket packet) {
            packets.add(packet);
            framesWhenTold.add(frames);
        }
    }
}
