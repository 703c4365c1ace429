package org.audioimport.decode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.audioimport.testing.Tsv;

/**
 * The shipped test fixtures: test-data/sample/ with its expected.tsv, and
 * test-data/reference/fpcalc.tsv. Found by walking up from the working directory to the folder
 * that holds test-data/.
 */
public final class SampleLibrary {

    /** One row of a TSV file, by column name. */
    public record Row(Map<String, String> cells) {
        public String get(String column) {
            String value = cells.get(column);
            if (value == null) {
                throw new IllegalArgumentException("no column " + column + " in " + cells.keySet());
            }
            return value;
        }

        public Path file() {
            return sampleDir().resolve(get("path"));
        }

        @Override
        public String toString() {
            return cells.get("path");
        }
    }

    private SampleLibrary() {
    }

    public static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("test-data"))) {
                return p;
            }
        }
        throw new IllegalStateException("no test-data/ folder above " + dir);
    }

    public static Path sampleDir() {
        return root().resolve("test-data/sample");
    }

    /** The rows of test-data/sample/expected.tsv. */
    public static List<Row> expected() {
        return readTsv(sampleDir().resolve("expected.tsv"));
    }

    /** The rows of test-data/reference/fpcalc.tsv. */
    public static List<Row> fpcalc() {
        return readTsv(root().resolve("test-data/reference/fpcalc.tsv"));
    }

    public static Row expectedRow(String pathEnd) {
        return expected().stream().filter(r -> r.get("path").endsWith(pathEnd)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no fixture ending " + pathEnd));
    }

    static List<Row> readTsv(Path file) {
        return Tsv.read(file).stream().map(Row::new).toList();
    }

    /** Raw fingerprint items of an fpcalc.tsv row, as uint32 bits. */
    public static int[] rawFingerprint(Row fpcalcRow) {
        String raw = fpcalcRow.get("fingerprint_raw");
        return raw.isEmpty() ? new int[0]
                : Arrays.stream(raw.split(",")).mapToInt(s -> (int) Long.parseLong(s.trim()))
                        .toArray();
    }

    /**
     * Frames the {@code ffmpeg} command decodes from the file to s16 at its own rate and channel
     * count, or empty when there is no ffmpeg command on this machine.
     */
    public static OptionalLong ffmpegFrames(Path file, int channels) {
        Process process;
        try {
            process = new ProcessBuilder("ffmpeg", "-nostdin", "-v", "error", "-i",
                    file.toString(), "-f", "s16le", "-")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            return OptionalLong.empty();
        }
        try (InputStream out = process.getInputStream()) {
            long bytes = 0;
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = out.read(buffer)) >= 0; ) {
                bytes += n;
            }
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("ffmpeg did not finish on " + file);
            }
            return OptionalLong.of(bytes / (2L * channels));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
