package org.audioimport.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A small library of many albums, made at test time by test-data/make-write-bound.sh: 0.5 s sines, each of
 * its own frequency, half FLAC and half MP3, tagged as albums of 10 tracks (Artist NN / Album NNN).
 */
public final class AlbumLibrary {
    public static final int TRACKS_PER_ALBUM = 10;

    private AlbumLibrary() {}

    /** Makes {@code albums} albums in {@code target}, which must not exist yet, and returns it. */
    public static Path makeIn(Path target, int albums) throws IOException, InterruptedException {
        Path script = SampleLibrary.testData().resolve("make-write-bound.sh");
        Process process = new ProcessBuilder(
                        "bash", script.toString(), target.toString(), Integer.toString(albums * TRACKS_PER_ALBUM))
                .redirectErrorStream(true)
                .start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(script + " failed: " + new String(output, StandardCharsets.UTF_8));
        }
        return target;
    }

    /** The library's audio files, sorted. */
    public static List<Path> files(Path library) throws IOException {
        try (Stream<Path> files = Files.walk(library)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
