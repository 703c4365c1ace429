package org.audioimport.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The fixtures made by the scripts in test-data/: finds the folder from the working folder (the one way
 * every test finds it), copies the sample library where a test may change it, and reads the expected
 * values the scripts recorded (test-data/sample/expected.tsv, test-data/reference/fpcalc.tsv).
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

        /** The sample file this row of expected.tsv or fpcalc.tsv describes. */
        public Path file() {
            return sample().resolve(get("path"));
        }

        @Override
        public String toString() {
            return cells.get("path");
        }
    }

    private SampleLibrary() {}

    /** The repository's test-data folder, found by walking up from the working folder. */
    public static Path testData() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("test-data/sample"))) {
                return dir.resolve("test-data");
            }
        }
        throw new IllegalStateException(
                "test-data/sample not found above " + Path.of("").toAbsolutePath());
    }

    public static Path sample() {
        return testData().resolve("sample");
    }

    /** Copies the sample library (audio files only) into {@code target} and returns it. */
    public static Path copyTo(Path target) {
        Path source = sample();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file) && !file.getFileName().toString().endsWith(".tsv")) {
                    Path copy = target.resolve(source.relativize(file).toString());
                    Files.createDirectories(copy.getParent());
                    Files.copy(file, copy);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** The names of the FLAC fixtures test-data/make-analysis-fixtures.sh makes in test-data/analysis. */
    public static List<String> analysisFixtures() {
        try (Stream<Path> files = Files.list(testData().resolve("analysis"))) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".flac"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the analysis fixtures named into {@code library}'s folder {@code analysis}. */
    public static void addAnalysisFixtures(Path library, List<String> names) {
        try {
            Path analysis = Files.createDirectories(library.resolve("analysis"));
            for (String name : names) {
                Files.copy(testData().resolve("analysis").resolve(name), analysis.resolve(name));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One row of expected.tsv per audio file: column name to value, empty cells as null. */
    public static List<Map<String, String>> expected() {
        return Tsv.read(sample().resolve("expected.tsv")).stream()
                .map(row -> {
                    Map<String, String> withNulls = new HashMap<>();
                    row.forEach((column, value) -> withNulls.put(column, value.isEmpty() ? null : value));
                    return withNulls;
                })
                .toList();
    }

    /** The rows of expected.tsv as they are, empty cells as empty strings. */
    public static List<Row> expectedRows() {
        return readTsv(sample().resolve("expected.tsv"));
    }

    /** The row of expected.tsv whose path ends with {@code pathEnd}. */
    public static Row expectedRow(String pathEnd) {
        return expectedRows().stream()
                .filter(r -> r.get("path").endsWith(pathEnd))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no fixture ending " + pathEnd));
    }

    /** The rows of test-data/reference/fpcalc.tsv. */
    public static List<Row> fpcalc() {
        return readTsv(testData().resolve("reference/fpcalc.tsv"));
    }

    private static List<Row> readTsv(Path file) {
        return Tsv.read(file).stream().map(Row::new).toList();
    }

    /** Raw fingerprint items of an fpcalc.tsv row, as uint32 bits. */
    public static int[] rawFingerprint(Row fpcalcRow) {
        String raw = fpcalcRow.get("fingerprint_raw");
        return raw.isEmpty()
                ? new int[0]
                : Arrays.stream(raw.split(","))
                        .mapToInt(s -> (int) Long.parseLong(s.trim()))
                        .toArray();
    }

    /**
     * Frames the {@code ffmpeg} command decodes from the file to s16 at its own rate and channel
     * count, or empty when there is no ffmpeg command on this machine.
     */
    public static OptionalLong ffmpegFrames(Path file, int channels) {
        Process process;
        try {
            process = new ProcessBuilder("ffmpeg", "-nostdin", "-v", "error", "-i", file.toString(), "-f", "s16le", "-")
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
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
