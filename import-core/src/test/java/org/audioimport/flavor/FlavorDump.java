package org.audioimport.flavor;

import static org.audioimport.flavor.FrameAnalyzer.FRAME;
import static org.audioimport.flavor.FrameAnalyzer.HOP;
import static org.audioimport.flavor.FrameAnalyzer.RATE;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.audioimport.decode.AudioDecoder;
import org.audioimport.decode.PcmBlock;
import org.audioimport.decode.PcmFanOut;
import org.audioimport.decode.PcmSink;
import org.audioimport.decode.StreamInfo;

/**
 * Writes, for each audio file under a folder, the flavor's vector and every frame's log mel bands,
 * loudness and onset strength, so that new descriptors can be tried on a dataset without decoding it
 * again. Not a test; run it by hand when tuning the flavor:
 *
 * <pre>java -cp ... org.audioimport.flavor.FlavorDump DATASET OUT.bin</pre>
 *
 * <p>test-data/flavor-tuning/README.md says how, and what reads the file.
 *
 * <p>Format, big-endian: per file, the path (int length, UTF-8 bytes), the vector (int n, n floats; 0
 * when none), the frames (int n, then per frame {@value #PER_FRAME} floats: 40 mel bands in dB,
 * loudness in dBFS, onset strength, 1 when voiced).
 */
public final class FlavorDump {

    static final int PER_FRAME = FrameAnalyzer.MEL_BANDS + 3;

    private FlavorDump() {}

    public static void main(String[] args) throws Exception {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(Path.of(args[0]), FileVisitOption.FOLLOW_LINKS)) {
            walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().matches("(?i).*\\.(flac|mp3|ogg|opus|m4a)"))
                    .sorted()
                    .forEach(files::add);
        }
        AudioDecoder decoder = AudioDecoder.ffmpeg();
        try (DataOutputStream out =
                new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(Path.of(args[1]))))) {
            for (Path file : files) {
                FlavorSink flavor = new FlavorSink();
                FrameRecorder frames = new FrameRecorder();
                try {
                    decoder.decode(file, new PcmFanOut(List.of(flavor, frames)));
                } catch (Exception undecodable) {
                    continue;
                }
                byte[] name = file.toString().getBytes(StandardCharsets.UTF_8);
                out.writeInt(name.length);
                out.write(name);
                FlavorOutcome outcome = flavor.finish().file();
                float[] vector = outcome instanceof FlavorVector v ? v.values() : new float[0];
                out.writeInt(vector.length);
                for (float v : vector) {
                    out.writeFloat(v);
                }
                out.writeInt(frames.count);
                for (int i = 0; i < frames.count * PER_FRAME; i++) {
                    out.writeFloat(frames.data[i]);
                }
            }
        }
    }

    /** Frames the audio as {@link FlavorSink} does and keeps each frame's bands. */
    private static final class FrameRecorder implements PcmSink {
        /** Output by output, so that every frame is recorded as the audio comes, with no drain at the end. */
        private final Resampler resampler = new Resampler(RATE, WholeStepKernel.best(), Optional.empty());

        private final FrameAnalyzer analyzer = new FrameAnalyzer();
        private final float[] resampled = new float[HOP];
        private final float[] frame = new float[FRAME];
        private final float[] features = new float[FrameAnalyzer.FEATURES];
        private int channels;
        private int fill;
        private long taken;
        float[] data = new float[PER_FRAME * 4096];
        int count;

        @Override
        public void start(StreamInfo info) {
            channels = info.channels();
            resampler.start(info.sampleRate());
        }

        @Override
        public void accept(PcmBlock block) {
            int done = 0;
            while (done < block.frames()) {
                done += resampler.write(block.samples(), done, block.frames() - done, channels);
                int n;
                while ((n = resampler.read(resampled, resampled.length)) > 0) {
                    take(n);
                }
            }
        }

        private void take(int n) {
            for (int at = 0; at < n && taken < (long) FlavorSink.DEFAULT_MAX_SECONDS * RATE; at++, taken++) {
                frame[fill++] = resampled[at];
                if (fill == FRAME) {
                    boolean voiced = analyzer.analyse(frame, features);
                    if ((count + 1) * PER_FRAME > data.length) {
                        data = java.util.Arrays.copyOf(data, data.length * 2);
                    }
                    int base = count * PER_FRAME;
                    double[] mel = analyzer.melBands();
                    for (int b = 0; b < FrameAnalyzer.MEL_BANDS; b++) {
                        data[base + b] = (float) mel[b];
                    }
                    data[base + FrameAnalyzer.MEL_BANDS] = voiced ? features[FrameAnalyzer.LOUDNESS] : -120f;
                    data[base + FrameAnalyzer.MEL_BANDS + 1] = analyzer.onset();
                    data[base + FrameAnalyzer.MEL_BANDS + 2] = voiced ? 1f : 0f;
                    count++;
                    System.arraycopy(frame, HOP, frame, 0, FRAME - HOP);
                    fill = FRAME - HOP;
                }
            }
        }
    }
}
