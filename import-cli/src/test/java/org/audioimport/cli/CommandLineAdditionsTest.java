package org.audioimport.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The options every command accepts before its name, the dry run, shell completion and show's missing status. */
class CommandLineAdditionsTest {
    @TempDir
    Path dir;

    private Path library;
    private String db;
    private long sampleFiles;

    @BeforeEach
    void copySample() throws Exception {
        library = Cli.sampleCopy(dir.resolve("library"));
        db = dir.resolve("library.db").toString();
        sampleFiles = Cli.countAudioFiles(library);
    }

    @Test
    void commonOptionsBeforeTheSubcommandWorkAsAfterIt() {
        Cli before =
                Cli.run("--db", db, "--json", "--log-level", "error", "import", library.toString(), "--no-progress");
        Cli after = Cli.run("status", "--db", db, "--json");
        Cli statusBefore = Cli.run("--db", db, "--json", "status");

        assertEquals(0, before.exitCode(), before.err());
        assertEquals(sampleFiles, before.json().get("imported").asLong());
        assertEquals(0, after.exitCode(), after.err());
        assertEquals(after.json().get("files"), statusBefore.json().get("files"));
    }

    @Test
    void dryRunListsWhatTheImportWouldDoAndLeavesTheCatalogueBytesUnchanged() throws Exception {
        assertEquals(
                0, Cli.run("import", library.toString(), "--db", db, "--json").exitCode());
        Path moved = library.resolve("untagged/track 17.flac");
        Path movedTo = library.resolve("untagged/renamed.flac");
        Files.move(moved, movedTo);
        Path gone = library.resolve("copies/01 - First Frost.mp3");
        Files.delete(gone);
        Path notAudio = Files.writeString(library.resolve("notes.flac"), "not audio at all");
        Path added = library.resolve("added.flac");
        Files.copy(library.resolve("Other Artist/Split Single/1 - Neon Side.flac"), added);
        Files.writeString(added, "x", java.nio.file.StandardOpenOption.APPEND);
        byte[] before = Files.readAllBytes(Path.of(db));

        Cli dryRun = Cli.run("import", library.toString(), "--db", db, "--dry-run", "--json");

        assertEquals(0, dryRun.exitCode(), dryRun.err());
        JsonNode plan = dryRun.json();
        assertTrue(plan.get("dry_run").asBoolean());
        assertEquals(List.of(added.toString()), texts(plan.get("import")));
        assertEquals(movedTo.toString(), plan.get("move").get(0).get("path").asText());
        assertEquals(moved.toString(), plan.get("move").get(0).get("from").asText());
        assertEquals(List.of(gone.toString()), texts(plan.get("missing")));
        assertEquals(notAudio.toString(), plan.get("fail").get(0).get("path").asText());
        assertTrue(plan.get("fail").get(0).get("reason").asText().contains("not an audio file"));
        assertArrayEquals(before, Files.readAllBytes(Path.of(db)), "the catalogue's bytes changed");
    }

    @Test
    void pretendIsTheDryRunAndCreatesNoCatalogue() {
        Cli pretend = Cli.run("import", library.toString(), "--db", db, "--pretend");

        assertEquals(0, pretend.exitCode(), pretend.err());
        assertTrue(
                pretend.out()
                        .startsWith("Dry run, nothing written: of " + sampleFiles + " files, " + sampleFiles
                                + " would be imported"),
                pretend.out());
        assertFalse(Files.exists(Path.of(db)), "a dry run created the catalogue");
    }

    @Test
    void completionPrintsAScriptThatCompletesEveryCommand() {
        for (String shell : List.of("bash", "zsh")) {
            Cli completion = Cli.run("completion", shell);

            assertEquals(0, completion.exitCode(), completion.err());
            for (String command : List.of("import", "show", "status", "daemon", "config", "completion")) {
                assertTrue(completion.out().contains(command), shell + " script lacks " + command);
            }
        }
        assertEquals(2, Cli.run("completion", "fish").exitCode());
    }

    @Test
    void showSaysMissingOfAFileGoneFromDisk() throws Exception {
        assertEquals(0, Cli.run("import", library.toString(), "--db", db).exitCode());
        Path gone = library.resolve("untagged/track 17.flac");
        Files.delete(gone);
        assertEquals(0, Cli.run("import", library.toString(), "--db", db).exitCode());

        Cli shown = Cli.run("show", gone.toString(), "--db", db, "--json");

        assertEquals(0, shown.exitCode(), shown.err());
        assertEquals("missing", shown.json().get("status").asText());
        assertEquals(
                1,
                Cli.run("status", "--db", db, "--json")
                        .json()
                        .get("files")
                        .get("missing")
                        .asLong());
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
