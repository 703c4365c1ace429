package org.audioimport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.audioimport.testing.RobustnessFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code failed --warnings} and {@code show} give the imported files' decode warnings: the truncations of each
 * container's cut files, and the note of an Ogg Vorbis file decoded by libvorbisfile.
 */
class FailedWarningsTest {
    @TempDir
    static Path dir;

    private static Path fixtures;
    private static String db;

    @BeforeAll
    static void importTheRobustnessFixtures() throws Exception {
        fixtures = RobustnessFixtures.makeIn(dir.resolve("fixtures"));
        db = dir.resolve("library.db").toString();
        Cli.run(
                "import",
                fixtures.resolve("truncated").toString(),
                fixtures.resolve("vorbis").toString(),
                "--db",
                db,
                "--no-progress");
    }

    @Test
    void failedWarningsListsTheTruncationOfEachCutContainer() {
        Cli warnings = Cli.run("failed", "--warnings", "--db", db);

        assertEquals(0, warnings.exitCode(), warnings.err());
        assertTrue(
                warnings.out()
                        .contains(fixtures.resolve("truncated/lying.wav")
                                + ": truncated: the audio ends at 0.02 s but the file declares"),
                warnings.out());
        for (String cut : List.of(
                "cut-faststart.m4a", "cut-info.mp3", "cut-vbri.mp3", "cut.flac", "cut.aiff", "gap.ogg", "gap.opus")) {
            assertTrue(
                    warnings.out().contains(fixtures.resolve("truncated/" + cut) + ": truncated: the audio ends at"),
                    cut + " in " + warnings.out());
        }
    }

    @Test
    void showGivesTheWarningNamingWhatDeclaredTheLength() {
        Cli show =
                Cli.run("show", fixtures.resolve("truncated/cut-faststart.m4a").toString(), "--db", db);

        assertEquals(0, show.exitCode(), show.err());
        assertTrue(
                show.out()
                        .contains("warning at 3.599 s: truncated: the audio ends at 3.60 s but the file declares"
                                + " 7.50 s (its MP4 sample tables)"),
                show.out());
    }

    @Test
    void showAndFailedWarningsSayWhichFilesLibvorbisfileDecoded() {
        Path refused = fixtures.resolve("vorbis/repeated-headers.ogg");
        Cli show = Cli.run("show", refused.toString(), "--db", db);
        Cli warnings = Cli.run("failed", "--warnings", "--db", db);

        assertTrue(show.out().matches("(?s).*status:\\s+imported.*"), show.out());
        assertTrue(
                show.out().contains("warning at 0.000 s: decoded by libvorbisfile: FFmpeg cannot read this stream"),
                show.out());
        assertTrue(warnings.out().contains(refused + ": decoded by libvorbisfile"), warnings.out());
    }

    @Test
    void failedListsTheMp4CutBeforeItsSampleTablesWithTheReason() {
        Cli failed = Cli.run("failed", "--db", db);

        assertTrue(
                failed.out().contains(fixtures.resolve("truncated/cut.m4a") + ": truncated (the file ends"),
                failed.out());
        assertTrue(!failed.out().contains("lying.wav"), failed.out());
    }
}
