package org.audioimport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code failed --warnings} lists the imported files' decode warnings, the lying WAV's truncation among them. */
class FailedWarningsTest {
    @TempDir
    Path dir;

    @Test
    void listsTheTruncatedWarningOfAWavWhoseHeaderLies() throws Exception {
        Path fixtures = dir.resolve("fixtures");
        Path script = null;
        for (Path up = Path.of("").toAbsolutePath(); up != null && script == null; up = up.getParent()) {
            Path candidate = up.resolve("test-data/make-robustness-fixtures.sh");
            script = Files.isRegularFile(candidate) ? candidate : null;
        }
        assertTrue(script != null, "test-data/make-robustness-fixtures.sh not found");
        Process make = new ProcessBuilder("bash", script.toString(), fixtures.toString())
                .inheritIO()
                .start();
        assertTrue(make.waitFor(120, TimeUnit.SECONDS) && make.exitValue() == 0, "fixtures made");
        String db = dir.resolve("library.db").toString();
        Cli.run("import", fixtures.resolve("truncated").toString(), "--db", db, "--no-progress");

        Cli warnings = Cli.run("failed", "--warnings", "--db", db);
        Cli failed = Cli.run("failed", "--db", db);

        assertEquals(0, warnings.exitCode(), warnings.err());
        assertTrue(
                warnings.out().contains(fixtures.resolve("truncated/lying.wav") + ": truncated: the header declares"),
                warnings.out());
        assertTrue(failed.out().contains("cut.m4a"), failed.out());
        assertTrue(!failed.out().contains("lying.wav"), failed.out());
    }
}
