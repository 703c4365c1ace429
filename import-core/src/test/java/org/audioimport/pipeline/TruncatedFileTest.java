package org.audioimport.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.audioimport.store.FileDetails;
import org.audioimport.testing.RobustnessFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Files whose header or index declares more audio than they hold, cut short mid-stream or with a gap, import
 * what is there with a "truncated" warning giving both lengths and what declared the longer one; a cut file
 * whose index is gone fails with the reason.
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
        assertTrue(
                Pattern.matches(
                        "truncated: the audio ends at 0\\.02 s but the file declares 97391\\.\\d\\d s"
                                + " \\(its WAV data chunk\\)",
                        warning),
                warning);
    }

    /** Each container's own count of its length, compared with what was decoded; the full file's length declared. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "cut.wav, 5.00, its WAV data chunk",
        "cut.aiff, 5.00, its AIFF COMM chunk",
        "cut.flac, 8.00, its FLAC STREAMINFO",
        "cut.mp3, 7.00, 'its Xing, Info or VBRI frame count'",
        "cut-info.mp3, 7.00, 'its Xing, Info or VBRI frame count'",
        "cut-vbri.mp3, 7.03, 'its Xing, Info or VBRI frame count'",
        "cut-faststart.m4a, 7.50, its MP4 sample tables",
        "gap.ogg, 8.00, its last Ogg granule position",
        "gap.opus, 8.01, its last Ogg granule position",
    })
    void shortfallIsFlaggedWithWhatDeclaredTheFullLength(String name, String declared, String declaredBy)
            throws Exception {
        FileDetails details = details(name);

        assertEquals("imported", details.status(), details::failureReason);
        String warning = truncationWarning(details);
        assertTrue(
                Pattern.matches(
                        "truncated: the audio ends at [1-5]\\.\\d\\d s but the file declares "
                                + Pattern.quote(declared + " s (" + declaredBy + ")"),
                        warning),
                warning);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cut.ogg", "cut.opus", "cut-repeated-headers.ogg"})
    void oggStreamCutBeforeItsLastPageIsFlagged(String name) throws Exception {
        FileDetails details = details(name);

        assertEquals("imported", details.status(), details::failureReason);
        assertTrue(
                truncationWarning(details).startsWith("truncated: the Ogg stream has no end-of-stream page;"),
                details.warnings().toString());
    }

    @Test
    void mp4CutBeforeItsSampleTablesFailsAsTruncatedInsideItsAudioBox() throws Exception {
        FileDetails details = details("cut.m4a");

        assertEquals("failed", details.status());
        assertTrue(
                Pattern.matches(
                        "truncated \\(the file ends \\d+ bytes into its \\d+-byte mdat box,"
                                + " before the moov box that holds its sample tables\\)",
                        details.failureReason()),
                details.failureReason());
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
