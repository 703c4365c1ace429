package org.audioimport.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The fixtures made by test-data/make-fixtures.sh: finds them from the working folder, copies the sample
 * library where a test may change it, and reads the expected values the script recorded.
 */
public final class SampleLibrary {
    private SampleLibrary() {
    }

    /** The repository's test-data folder, found by walking up from the working folder. */
    public static Path testData() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("test-data/sample"))) {
                return dir.resolve("test-data");
            }
        }
        throw new IllegalStateException("test-data/sample not found above " + Path.of("").toAbsolutePath());
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

    /** One row of expected.tsv per audio file: column name to value, empty cells as null. */
    public static List<Map<String, String>> expected() {
        return Tsv.read(sample().resolve("expected.tsv")).stream().map(row -> {
            Map<String, String> withNulls = new HashMap<>();
            row.forEach((column, value) -> withNulls.put(column, value.isEmpty() ? null : value));
            return withNulls;
        }).toList();
    }
}
