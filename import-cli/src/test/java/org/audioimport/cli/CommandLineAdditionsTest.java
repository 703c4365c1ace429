package org.audioimport.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.audioimport.testing.OlderSchema;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The options every command accepts before its name, the dry run, shell completion and show's missing status. */
class CommandLineAdditionsTest {
    @TempDir
    Path dir;

    private SampleCopy sample;

    @BeforeEach
    void copySample() throws Exception {
        sample = SampleCopy.in(dir);
    }

    @Test
    void commonOptionsBeforeTheSubcommandWorkAsAfterIt() {
        Cli before = Cli.run(
                "--db",
                sample.db(),
                "--json",
                "--log-level",
                "error",
                "import",
                sample.library().toString(),
                "--no-progress");
        Cli after = Cli.run("status", "--db", sample.db(), "--json");
        Cli statusBefore = Cli.run("--db", sample.db(), "--json", "status");

        assertEquals(0, before.exitCode(), before.err());
        assertEquals(sample.files(), before.json().get("imported").asLong());
        assertEquals(0, after.exitCode(), after.err());
        assertEquals(after.json().get("files"), statusBefore.json().get("files"));
    }

    @Test
    void dryRunListsWhatTheImportWouldDoAndLeavesTheCatalogueBytesUnchanged() throws Exception {
        assertEquals(
                0,
                Cli.run("import", sample.library().toString(), "--db", sample.db(), "--json")
                        .exitCode());
        Path moved = sample.library().resolve("untagged/track 17.flac");
        Path movedTo = sample.library().resolve("untagged/renamed.flac");
        Files.move(moved, movedTo);
        Path gone = sample.library().resolve("copies/01 - First Frost.mp3");
        Files.delete(gone);
        Path notAudio = Files.writeString(sample.library().resolve("notes.flac"), "not audio at all");
        Path added = sample.library().resolve("added.flac");
        Files.copy(sample.library().resolve("Other Artist/Split Single/1 - Neon Side.flac"), added);
        Files.writeString(added, "x", java.nio.file.StandardOpenOption.APPEND);
        byte[] before = Files.readAllBytes(Path.of(sample.db()));

        Cli dryRun = Cli.run("import", sample.library().toString(), "--db", sample.db(), "--dry-run", "--json");

        assertEquals(0, dryRun.exitCode(), dryRun.err());
        JsonNode plan = dryRun.json();
        assertTrue(plan.get("dry_run").asBoolean());
        assertEquals(List.of(added.toString()), texts(plan.get("import")));
        assertEquals(movedTo.toString(), plan.get("move").get(0).get("path").asText());
        assertEquals(moved.toString(), plan.get("move").get(0).get("from").asText());
        assertEquals(List.of(gone.toString()), texts(plan.get("missing")));
        assertEquals(notAudio.toString(), plan.get("fail").get(0).get("path").asText());
        assertTrue(plan.get("fail").get(0).get("reason").asText().contains("not an audio file"));
        assertArrayEquals(before, Files.readAllBytes(Path.of(sample.db())), "the catalogue's bytes changed");
    }

    @Test
    void dryRunOnACatalogueOfAnOlderSchemaPlansWithoutUpgradingIt() throws Exception {
        assertEquals(
                0,
                Cli.run("import", sample.library().toString(), "--db", sample.db(), "--json")
                        .exitCode());
        try (Connection catalogue = DriverManager.getConnection("jdbc:sqlite:" + sample.db())) {
            OlderSchema.beforeLosslessPaths(catalogue);
        }
        Path moved = sample.library().resolve("untagged/track 17.flac");
        Path movedTo = sample.library().resolve("untagged/renamed.flac");
        Files.move(moved, movedTo);
        byte[] before = Files.readAllBytes(Path.of(sample.db()));

        Cli dryRun = Cli.run("import", sample.library().toString(), "--db", sample.db(), "--dry-run", "--json");

        assertEquals(0, dryRun.exitCode(), dryRun.err());
        JsonNode plan = dryRun.json();
        assertEquals(movedTo.toString(), plan.get("move").get(0).get("path").asText());
        assertEquals(moved.toString(), plan.get("move").get(0).get("from").asText());
        assertEquals(sample.files() - 1, plan.get("unchanged").asLong(), plan.toString());
        assertArrayEquals(before, Files.readAllBytes(Path.of(sample.db())), "the dry run upgraded the catalogue");
    }

    @Test
    void pretendIsTheDryRunAndCreatesNoCatalogue() {
        Cli pretend = Cli.run("import", sample.library().toString(), "--db", sample.db(), "--pretend");

        assertEquals(0, pretend.exitCode(), pretend.err());
        assertTrue(
                pretend.out()
                        .startsWith("Dry run, nothing written: of " + sample.files() + " files, " + sample.files()
                                + " would be imported"),
                pretend.out());
        assertFalse(Files.exists(Path.of(sample.db())), "a dry run created the catalogue");
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
        Path gone = sample.importedThenGone("untagged/track 17.flac");

        Cli shown = Cli.run("show", gone.toString(), "--db", sample.db(), "--json");

        assertEquals(0, shown.exitCode(), shown.err());
        assertEquals("missing", shown.json().get("status").asText());
        assertEquals(
                1,
                Cli.run("status", "--db", sample.db(), "--json")
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
