package org.audioimport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.audioimport.testing.RobustnessFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code failed --warnings} lists the imported files' decode warnings, the lying WAV's truncation among them. */
class FailedWarningsTest {
    @TempDir
    Path dir;

    @Test
    void listsTheTruncatedWarningOfAWavWhoseHeaderLies() throws Exception {
        Path fixtures = RobustnessFixtures.makeIn(dir.resolve("fixtures"));
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
