package org.audioimport.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The awkward files of test-data/make-robustness-fixtures.sh (a 12 MB cover, special files named like audio,
 * a Latin-1 file name, lying and truncated headers), made at test time because some are too big to commit.
 */
public final class RobustnessFixtures {
    private RobustnessFixtures() {}

    /** Runs the script into {@code target} and returns it. */
    public static Path makeIn(Path target) throws IOException, InterruptedException {
        Path script = SampleLibrary.testData().resolve("make-robustness-fixtures.sh");
        Process process = new ProcessBuilder("bash", script.toString(), target.toString())
                .redirectErrorStream(true)
                .start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(script + " failed: " + new String(output, StandardCharsets.UTF_8));
        }
        return target;
    }
}
