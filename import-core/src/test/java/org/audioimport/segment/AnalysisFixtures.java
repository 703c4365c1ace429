package org.audioimport.segment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.audioimport.decode.AudioDecoder;
import org.audioimport.decode.DecodeResult;
import org.audioimport.decode.PcmFanOut;
import org.audioimport.decode.PcmSink;
import org.audioimport.testing.SampleLibrary;
import org.audioimport.testing.Tsv;

/**
 * The fixtures of test-data/make-analysis-fixtures.sh: test-data/analysis/ and its reference.tsv
 * (FFmpeg's loudness measurements and the truth the script built in), plus a way to decode a file
 * into several sinks at once, as the pipeline does.
 */
public final class AnalysisFixtures {

    /** One row of reference.tsv. */
    public record Reference(Map<String, String> cells) {
        public String get(String column) {
            String value = cells.get(column);
            if (value == null) {
                throw new IllegalArgumentException("no column " + column + " in " + cells.keySet());
            }
            return value;
        }

        public String path() {
            return get("path");
        }

        public Path file() {
            return SampleLibrary.testData().resolve(path());
        }

        /** The passages the script built in, as {start, end} in seconds; empty for "none". */
        public List<double[]> passages() {
            List<double[]> passages = new ArrayList<>();
            String text = get("passages");
            if (!text.equals("none")) {
                for (String p : text.split(" ", -1)) {
                    String[] ends = p.split("-", -1);
                    passages.add(new double[] {Double.parseDouble(ends[0]), Double.parseDouble(ends[1])});
                }
            }
            return passages;
        }

        @Override
        public String toString() {
            return path();
        }
    }

    private AnalysisFixtures() {}

    public static Path folder() {
        return SampleLibrary.testData().resolve("analysis");
    }

    public static List<Reference> references() {
        return Tsv.read(folder().resolve("reference.tsv")).stream()
                .map(Reference::new)
                .toList();
    }

    public static Reference reference(String pathEnd) {
        return references().stream()
                .filter(r -> r.path().endsWith(pathEnd))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no reference ending " + pathEnd));
    }

    /** Decodes {@code file} once with FFmpeg, handing every block to each sink in turn. */
    public static DecodeResult decode(Path file, PcmSink... sinks) throws Exception {
        return AudioDecoder.ffmpeg().decode(file, new PcmFanOut(List.of(sinks)));
    }
}
