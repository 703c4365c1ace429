package org.audioimport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import's progress bar, drawn on stderr only when stderr is a terminal: here a pseudo-terminal that
 * script(1) gives a child JVM, as a user's shell would.
 */
class ProgressBarTest {
    @Test
    void onATerminalTheImportDrawsAProgressBarCountingEveryFile(@TempDir Path dir) throws Exception {
        Path library = Cli.sampleCopy(dir.resolve("library"));
        long files = Cli.countAudioFiles(library);
        String command =
                ChildJvm.withCoverage(
                                "import",
                                library.toString(),
                                "--db",
                                dir.resolve("library.db").toString())
                        .stream()
                        .map(argument -> "'" + argument.replace("'", "'\\''") + "'")
                        .collect(Collectors.joining(" "));
        Path terminal = dir.resolve("terminal.txt");

        Process process = new ProcessBuilder("script", "--quiet", "--return", "--command", command, "/dev/null")
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectErrorStream(true)
                .redirectOutput(terminal.toFile())
                .start();

        try {
            assertTrue(process.waitFor(180, TimeUnit.SECONDS), "the import ended");
        } finally {
            process.destroyForcibly();
        }
        String screen = Files.readString(terminal);
        assertEquals(0, process.exitValue(), screen);
        assertTrue(screen.contains("Importing"), screen);
        assertTrue(screen.contains(files + "/" + files + " files"), screen);
    }
}
