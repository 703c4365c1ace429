package org.audioimport.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.audioimport.scanning.PathText;

/**
 * The files of test-data/make-name-fixtures.sh: names that are not valid UTF-8 (Latin-1 bytes), and the
 * names their texts must be kept apart from. Each is given as its text (see {@link PathText}: {@code \xE9}
 * is the byte 0xE9, {@code \\} a backslash) relative to the folder, and reached by its bytes, never
 * through Java's string of the name, which would lose them.
 */
public final class NameFixtures {
    /** Latin-1 é, not valid UTF-8 (a copy of the sample's untagged/track 17.flac). */
    public static final String E_ACUTE = "latin1-\\xE9t\\xE9.flac";
    /** Latin-1 è: Java's string of this name equals that of {@link #E_ACUTE}. */
    public static final String E_GRAVE = "latin1-\\xE8t\\xE8.flac";
    /** A valid name holding two backslashes, spelt as {@link #E_ACUTE}'s text. */
    public static final String BACKSLASHES = "latin1-\\\\xE9t\\\\xE9.flac";
    /** A UTF-8 name in a folder named in Latin-1. */
    public static final String IN_LATIN1_FOLDER = "dossier-\\xE9/utf8-été.ogg";
    /** Not audio: fails. */
    public static final String BROKEN = "broken-\\xE9.mp3";

    /** The audio files, each a different recording. */
    public static final List<String> AUDIO = List.of(E_ACUTE, E_GRAVE, BACKSLASHES, IN_LATIN1_FOLDER);

    private NameFixtures() {}

    /** Runs the script into {@code target} and returns the folder of the names, {@code target/names}. */
    public static Path makeIn(Path target) throws IOException, InterruptedException {
        Path script = SampleLibrary.testData().resolve("make-name-fixtures.sh");
        Process process = new ProcessBuilder("bash", script.toString(), target.toString())
                .redirectErrorStream(true)
                .start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(script + " failed: " + new String(output, StandardCharsets.UTF_8));
        }
        return target.resolve("names");
    }

    /** The text of the file {@code name} under {@code folder}: what the catalogue and every output hold. */
    public static String text(Path folder, String name) {
        return PathText.of(folder) + "/" + name;
    }

    /** The file {@code name} under {@code folder}, with the bytes of both. */
    public static Path file(Path folder, String name) {
        return PathText.toPath(text(folder, name));
    }
}
