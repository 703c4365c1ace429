package org.audioimport.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.audioimport.testing.SampleLibrary;
import picocli.CommandLine;

/** Runs the command line in process, capturing its output, as a user's shell would see it. */
record Cli(int exitCode, String out, String err) {
    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int code = commandLine.execute(args);
        return new Cli(code, out.toString(), err.toString());
    }

    JsonNode json() {
        try {
            return new ObjectMapper().readTree(out);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + out, e);
        }
    }

    /** The repository's sample library, copied where a test may change it. */
    static Path sampleCopy(Path target) {
        return SampleLibrary.copyTo(target);
    }

    /** Asserts that {@code node} has every one of {@code keys}: part of a command's JSON contract. */
    static void assertHasKeys(JsonNode node, List<String> keys) {
        for (String key : keys) {
            assertTrue(node.has(key), () -> "missing key " + key + " in " + node);
        }
    }

    static long countAudioFiles(Path library) throws IOException {
        try (Stream<Path> files = Files.walk(library)) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
