package org.audioimport.flavor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.audioimport.decode.AudioDecoder;

/**
 * Prints the spread of each raw descriptor over the audio files under the given folders: how the
 * offsets and scales of {@link FlavorLayout} were chosen (middle of the range, about half its
 * spread, rounded). Not a test; run it by hand when the descriptors change:
 *
 * <pre>java -cp ... org.audioimport.flavor.FlavorCalibration /usr/share/games/singularity/music ...</pre>
 */
public final class FlavorCalibration {

    private FlavorCalibration() {}

    public static void main(String[] args) throws Exception {
        List<Path> files = new ArrayList<>();
        for (String arg : args) {
            try (Stream<Path> walk = Files.walk(Path.of(arg))) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> p.toString().matches("(?i).*\\.(flac|mp3|ogg|opus|m4a|wav|aiff)"))
                        .sorted()
                        .forEach(files::add);
            } catch (IOException e) {
                throw new IllegalArgumentException(arg, e);
            }
        }
        AudioDecoder decoder = AudioDecoder.ffmpeg();
        FlavorSink sink = new FlavorSink();
        List<double[]> all = new ArrayList<>();
        for (Path file : files) {
            decoder.decode(file, sink);
            double[] raw = sink.finish().descriptors(0, Double.POSITIVE_INFINITY);
            if (raw != null) {
                all.add(raw);
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%d files%n%-28s %9s %9s %9s %9s %9s %7s %7s%n",
                all.size(),
                "descriptor",
                "min",
                "p10",
                "median",
                "p90",
                "max",
                "z.min",
                "z.max");
        for (int i = 0; i < FlavorLayout.DIMENSION; i++) {
            double[] v = new double[all.size()];
            for (int f = 0; f < v.length; f++) {
                v[f] = all.get(f)[i];
            }
            Arrays.sort(v);
            FlavorLayout.Descriptor d = FlavorLayout.DESCRIPTORS.get(i);
            System.out.printf(
                    Locale.ROOT,
                    "%-28s %9.3f %9.3f %9.3f %9.3f %9.3f %7.2f %7.2f%n",
                    d.name(),
                    v[0],
                    quantile(v, 0.1),
                    quantile(v, 0.5),
                    quantile(v, 0.9),
                    v[v.length - 1],
                    (v[0] - d.offset()) / d.scale(),
                    (v[v.length - 1] - d.offset()) / d.scale());
        }
    }

    private static double quantile(double[] sorted, double q) {
        return sorted[(int) Math.round(q * (sorted.length - 1))];
    }
}
