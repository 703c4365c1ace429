package org.audioimport.cli;

import static org.audioimport.testing.NameFixtures.BACKSLASHES;
import static org.audioimport.testing.NameFixtures.BROKEN;
import static org.audioimport.testing.NameFixtures.E_ACUTE;
import static org.audioimport.testing.NameFixtures.E_GRAVE;
import static org.audioimport.testing.NameFixtures.IN_LATIN1_FOLDER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.audioimport.scanning.PathText;
import org.audioimport.testing.NameFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands show a name that is not valid UTF-8 by its lossless text ({@code \xE9} for the byte 0xE9),
 * never with U+FFFD, and find the file again from that text or from the name's own bytes on the command line.
 */
class NonUtf8NameCommandTest {
    private static final String REPLACEMENT = "\ufffd";

    @TempDir
    static Path dir;

    private static Path names;
    private static String db;
    private static Cli imported;

    @BeforeAll
    static void importTheNames() throws Exception {
        names = NameFixtures.makeIn(dir.resolve("fixtures"));
        db = dir.resolve("library.db").toString();
        imported = Cli.run("import", names.toString(), "--db", db, "--no-progress", "--json");
    }

    @Test
    void theImportSummaryNamesTheFailedFileByItsText() {
        JsonNode failures = imported.json().get("failures");

        assertEquals(1, failures.size(), imported.out());
        assertEquals(text(BROKEN), failures.get(0).get("path").asText());
    }

    @Test
    void failedListsTheNameByItsTextInPlainTextAndJson() {
        Cli listed = Cli.run("failed", "--db", db);
        JsonNode json = Cli.run("failed", "--db", db, "--json").json();

        assertTrue(listed.out().startsWith(text(BROKEN) + ": "), listed.out());
        assertFalse(listed.out().contains(REPLACEMENT), listed.out());
        assertEquals(text(BROKEN), json.get(0).get("path").asText());
    }

    @Test
    void showFindsAFileByTheTextItPrintsAndThatTextGivesTheFileBack() throws Exception {
        for (String name : List.of(E_GRAVE, BACKSLASHES, IN_LATIN1_FOLDER)) {
            Cli show = Cli.run("show", text(name), "--db", db);
            JsonNode json = Cli.run("show", text(name), "--db", db, "--json").json();

            assertEquals(0, show.exitCode(), show.err());
            assertEquals(text(name), show.out().lines().findFirst().orElseThrow());
            assertFalse(show.out().contains(REPLACEMENT), show.out());
            assertEquals(text(name), json.get("path").asText());
            assertEquals(
                    NameFixtures.file(names, name),
                    PathText.toPath(json.get("path").asText()));
        }
    }

    /** The text of the Latin-1 é name is also the name of the file with backslashes: the shell named that one. */
    @Test
    void aTextThatIsAlsoAFilesNameShowsTheFileItNames() {
        Cli show = Cli.run("show", text(E_ACUTE), "--db", db, "--json");

        assertEquals(text(BACKSLASHES), show.json().get("path").asText());
    }

    @Test
    void showFindsAFileNamedByItsBytesOnTheCommandLine() throws Exception {
        JsonNode acute = child(names, "show --json --db \"$DB\" latin1-$'\\xe9't$'\\xe9'.flac");
        JsonNode grave = child(names, "show --json --db \"$DB\" \"$PWD\"/latin1-$'\\xe8't$'\\xe8'.flac");

        assertEquals(text(E_ACUTE), acute.get("path").asText());
        assertEquals(
                NameFixtures.file(names, E_ACUTE),
                PathText.toPath(acute.get("path").asText()));
        assertEquals(text(E_GRAVE), grave.get("path").asText());
    }

    @Test
    void importTakesAFolderNamedByItsBytesOnTheCommandLine() throws Exception {
        JsonNode summary = child(dir, "import --json --no-progress --db folder.db \"$NAMES\"/dossier-$'\\xe9'");

        assertEquals(1, summary.get("imported").asInt(), summary.toString());
        assertEquals(0, summary.get("failures").size(), summary.toString());
    }

    private static String text(String name) {
        return NameFixtures.text(names, name);
    }

    /**
     * Runs audio-import in a JVM of its own through bash, in {@code folder}, so that its arguments can hold
     * bytes a Java string cannot ({@code $'\xe9'}); {@code $DB} and {@code $NAMES} name this test's catalogue
     * and names. Returns the JSON it printed.
     */
    private static JsonNode child(Path folder, String arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", "-c", "exec \"$@\" " + arguments, "bash"));
        command.addAll(ChildJvm.withCoverage());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(folder.toFile())
                .redirectError(dir.resolve("child.err").toFile());
        builder.environment().putAll(Map.of("DB", db, "NAMES", names.toString()));
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the command ended");
        assertEquals(0, process.exitValue(), () -> arguments + ": " + out + readQuietly(dir.resolve("child.err")));
        return new Cli(0, out, "").json();
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }
}
