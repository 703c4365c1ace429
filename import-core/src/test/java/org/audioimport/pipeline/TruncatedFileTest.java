package org.audioimport.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.audioimport.store.FileDetails;
import org.audioimport.testing.RobustnessFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Files whose header declares more audio than they hold, or cut short mid-stream, import what is there
 * with a "truncated" warning that says so; a cut file whose index is gone fails with the reason.
 */
class TruncatedFileTest {
    @TempDir
    static Path dir;

    private static Path truncated;
    private static PipelineHarness harness;

    @BeforeAll
    static void importTheTruncatedFiles() throws Exception {
        truncated = RobustnessFixtures.makeIn(dir.resolve("fixtures")).resolve("truncated");
        harness = new PipelineHarness(dir.resolve("library.db"));
        harness.run(truncated, ImportListener.NONE);
    }

    @Test
    void wavDeclaringFourGigabytesOverOneKibibyteIsFlaggedWithBothLengths() throws Exception {
        FileDetails details = details("lying.wav");

        assertEquals("imported", details.status(), details::failureReason);
        String warning = truncationWarning(details);
        assertTrue(warning.contains("declares 97391.") && warning.contains("the file has 0.02 s"), warning);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cut.wav", "cut.aiff", "cut.flac", "cut.mp3", "cut.ogg", "cut.opus"})
    void fileCutInHalfImportsWithATruncatedWarning(String name) throws Exception {
        FileDetails details = details(name);

        assertEquals("imported", details.status(), details::failureReason);
        truncationWarning(details);
    }

    @Test
    void mp4CutBeforeItsSampleTableFailsAsIncomplete() throws Exception {
        FileDetails details = details("cut.m4a");

        assertEquals("failed", details.status());
        assertTrue(details.failureReason().contains("damaged or incomplete"), details.failureReason());
    }

    private static FileDetails details(String name) throws Exception {
        return harness.reader.file(truncated.resolve(name).toString()).orElseThrow();
    }

    private static String truncationWarning(FileDetails details) {
        List<String> warnings =
                details.warnings().stream().map(FileDetails.Warning::message).toList();
        return warnings.stream()
                .filter(w -> w.startsWith("truncated:"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(details.path() + ": no truncated warning in " + warnings));
    }
}
