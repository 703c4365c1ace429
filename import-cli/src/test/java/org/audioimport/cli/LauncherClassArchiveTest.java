package org.audioimport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's class-data-sharing archive after a rebuild: the JVM runs without an archive made for an
 * older jar and never makes it again, so the launcher's own script removes it. Runs the script's function
 * with bash, on files whose times are set.
 */
class LauncherClassArchiveTest {
    private static final Instant BUILT = Instant.parse("2026-12-04T10:00:00Z");

    @TempDir
    Path folder;

    @Test
    void anArchiveOlderThanTheJarIsRemovedSoThatTheNextRunMakesItAgain() throws Exception {
        assertFalse(archiveSurvivesTheLauncher(BUILT.minusSeconds(3600)), "the stale archive is gone");
    }

    @Test
    void anArchiveMadeAfterTheJarIsKept() throws Exception {
        assertTrue(archiveSurvivesTheLauncher(BUILT.plusSeconds(5)), "the archive of this jar stays");
    }

    @Test
    void noArchiveYetIsNotAnError() throws Exception {
        Path jar = file("audio-import.jar", BUILT);

        dropStaleClassArchive(jar, folder.resolve("audio-import.jsa"));

        assertTrue(Files.exists(jar));
    }

    private boolean archiveSurvivesTheLauncher(Instant archiveMade) throws Exception {
        Path jar = file("audio-import.jar", BUILT);
        Path archive = file("audio-import.jsa", archiveMade);

        dropStaleClassArchive(jar, archive);

        assertTrue(Files.exists(jar), "the jar stays");
        return Files.exists(archive);
    }

    private Path file(String name, Instant modified) throws IOException {
        Path file = Files.writeString(folder.resolve(name), name);
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }

    private static void dropStaleClassArchive(Path jar, Path archive) throws Exception {
        Path script = ProjectFolder.find().orElseThrow().resolve("import-cli/launcher/environment.sh");
        Process bash = new ProcessBuilder(
                        "bash",
                        "-c",
                        "set -euo pipefail; source \"$1\"; AUDIO_IMPORT_JAR=\"$2\"; AUDIO_IMPORT_CLASS_ARCHIVE=\"$3\"; "
                                + "drop_stale_class_archive",
                        "test",
                        script.toString(),
                        jar.toString(),
                        archive.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, bash.waitFor(), output);
    }
}
