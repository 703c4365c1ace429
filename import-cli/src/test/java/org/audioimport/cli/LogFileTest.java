package org.audioimport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --log-file} and {@code --log-level}, in a JVM of their own (logging is set up once per process): the
 * log lines go to the file, with their time, and not to stderr.
 */
class LogFileTest {
    @Test
    void aLogFileGetsTheLogLinesWithTheirTimeAndStderrStaysQuiet(@TempDir Path dir) throws Exception {
        Path library = Cli.sampleCopy(dir.resolve("library"));
        Path log = dir.resolve("import.log");
        Path stderr = dir.resolve("stderr.txt");

        Process process = new ProcessBuilder(ChildJvm.withCoverage(
                        "--log-file",
                        log.toString(),
                        "--log-level",
                        "info",
                        "import",
                        library.toString(),
                        "--db",
                        dir.resolve("library.db").toString(),
                        "--no-progress"))
                .redirectOutput(dir.resolve("stdout.txt").toFile())
                .redirectError(stderr.toFile())
                .start();

        try {
            try {
                assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the import ended");
            } finally {
                process.destroyForcibly();
            }
        } finally {
            process.destroyForcibly();
        }
        assertEquals(0, process.exitValue(), Files.readString(stderr));
        String logged = Files.readString(log);
        assertTrue(
                logged.matches("(?s)\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}[+-]\\d{4} .*scan 1 started.*"),
                logged);
        assertFalse(Files.readString(stderr).contains("scan 1 started"), "the log went to stderr too");
    }
}
