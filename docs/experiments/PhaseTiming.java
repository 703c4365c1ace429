import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.audioimport.analyze.AnalyzeSink;
import org.audioimport.decode.AudioDecoder;
import org.audioimport.decode.InterleavedSink;
import org.audioimport.flavor.FlavorSink;
import org.audioimport.segment.SegmentOutcome;
import org.audioimport.segment.SegmentSink;

/**
 * Times the analyze (with segment) and flavor sinks on real music without the decoder's cost or noise:
 * decodes the first FILES files of a folder into memory once, then feeds them to the sinks PASSES times,
 * 4,096 frames a block as the decoder hands them over, and prints each pass's seconds per sink with a
 * checksum of the results (the same for two jars that compute the same values). Compare two jars by
 * running them in turns and reading the last passes. Not part of the build; see docs/benchmarks.md.
 *
 * <pre>
 * javac -cp audio-import.jar --add-modules jdk.incubator.vector -d /tmp/timing docs/experiments/PhaseTiming.java
 * java -Xmx8g --enable-native-access=ALL-UNNAMED --add-modules jdk.incubator.vector \
 *     -cp audio-import.jar:/tmp/timing PhaseTiming test-data/dataset 24 5
 * </pre>
 */
public class PhaseTiming {
    private static final int BLOCK_FRAMES = 4096;

    /** Keeps a whole file's interleaved samples. */
    private static final class Capture extends InterleavedSink {
        private float[] data = new float[1 << 20];
        private int size;
        private int rate;
        private int channels;

        @Override
        protected void started(int sampleRate, int channelCount) {
            rate = sampleRate;
            channels = channelCount;
            size = 0;
        }

        @Override
        protected void take(float[] samples, int frames) {
            int n = frames * channels();
            if (size + n > data.length) {
                data = Arrays.copyOf(data, Math.max(2 * data.length, size + n));
            }
            System.arraycopy(samples, 0, data, size, n);
            size += n;
        }

        Pcm done(String name) {
            end();
            return new Pcm(name, rate, channels, Arrays.copyOf(data, size));
        }
    }

    private record Pcm(String name, int rate, int channels, float[] samples) {}

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int fileCount = Integer.parseInt(args[1]);
        int passes = Integer.parseInt(args[2]);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        AudioDecoder decoder = AudioDecoder.standard();
        List<Pcm> decoded = new ArrayList<>();
        double seconds = 0;
        for (Path file : files) {
            if (decoded.size() == fileCount) {
                break;
            }
            Capture capture = new Capture();
            try {
                decoder.decode(file, capture);
            } catch (Exception e) {
                continue;
            }
            Pcm pcm = capture.done(file.toString());
            if (pcm.samples().length > 0) {
                decoded.add(pcm);
                seconds += (double) pcm.samples().length / pcm.channels() / pcm.rate();
            }
        }
        System.out.printf("%d files, %.0f s of audio%n", decoded.size(), seconds);
        AnalyzeSink analyze = new AnalyzeSink();
        SegmentSink segment = new SegmentSink();
        FlavorSink flavor = new FlavorSink();
        long checksum = 0;
        for (int pass = 0; pass < passes; pass++) {
            long analyzeNanos = 0;
            long flavorNanos = 0;
            for (Pcm pcm : decoded) {
                long started = System.nanoTime();
                analyze.begin(pcm.rate(), pcm.channels());
                segment.begin(pcm.rate(), pcm.channels());
                feed(analyze, pcm);
                feed(segment, pcm);
                SegmentOutcome passages = segment.finish();
                checksum += analyze.finish(passages).hashCode();
                long analysed = System.nanoTime();
                flavor.begin(pcm.rate(), pcm.channels());
                feed(flavor, pcm);
                checksum += flavor.finish().file().hashCode();
                flavorNanos += System.nanoTime() - analysed;
                analyzeNanos += analysed - started;
            }
            System.out.printf(
                    "pass %d analyze+segment %.3f s flavor %.3f s (%d)%n",
                    pass, analyzeNanos / 1e9, flavorNanos / 1e9, checksum);
        }
    }

    private static void feed(InterleavedSink sink, Pcm pcm) {
        int channels = pcm.channels();
        float[] block = new float[BLOCK_FRAMES * channels];
        float[] samples = pcm.samples();
        for (int at = 0; at < samples.length; at += block.length) {
            int n = Math.min(block.length, samples.length - at);
            System.arraycopy(samples, at, block, 0, n);
            sink.feed(block, n / channels);
        }
    }
}
