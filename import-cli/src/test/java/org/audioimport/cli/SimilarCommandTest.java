package org.audioimport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.audioimport.similar.SimilarityIndex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code similar} and {@code index verify|rebuild} on a catalogue of the sample. */
class SimilarCommandTest {
    @TempDir
    Path dir;

    private Path library;
    private String db;
    private Path original;

    @BeforeEach
    void importSample() throws Exception {
        library = Cli.sampleCopy(dir.resolve("library"));
        db = dir.resolve("library.db").toString();
        original = library.resolve("The Fixtures/Synthetic Seasons/01 - First Frost.flac");
        Cli run = Cli.run("import", library.toString(), "--db", db, "--json");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(
                Cli.countAudioFiles(library),
                run.json().get("index_vectors_inserted").asLong());
    }

    @Test
    void jsonListsTheNearestTracksWithDistanceAndDuplicateMark() {
        Cli similar = Cli.run("similar", original.toString(), "-k", "3", "--db", db, "--json");

        assertEquals(0, similar.exitCode(), similar.err());
        JsonNode list = similar.json();
        assertEquals(3, list.size());
        for (int i = 0; i < 2; i++) {
            assertTrue(list.get(i).get("path").asText().contains("copies/01 - First Frost"), list.toString());
            assertTrue(list.get(i).get("duplicate").asBoolean());
        }
        assertFalse(list.get(2).get("duplicate").asBoolean());
        assertTrue(list.get(1).get("distance").asDouble()
                < list.get(2).get("distance").asDouble());
    }

    @Test
    void textMarksDuplicatesAndDefaultsToTen() {
        Cli similar = Cli.run("similar", original.toString(), "--db", db);

        assertEquals(0, similar.exitCode(), similar.err());
        String[] lines = similar.out().strip().lines().toArray(String[]::new);
        assertEquals(1 + 10, lines.length, similar.out());
        assertTrue(lines[1].endsWith("(duplicate)") && lines[2].endsWith("(duplicate)"), similar.out());
        assertFalse(similar.out().contains(original + "\n"), "the query is not its own neighbour");
    }

    @Test
    void aFileNotInTheCatalogueExitsWithOneAndABadKWithTwo() {
        Cli unknown = Cli.run("similar", dir.resolve("elsewhere.flac").toString(), "--db", db);
        assertEquals(1, unknown.exitCode());
        assertTrue(unknown.err().contains("elsewhere.flac: not in the catalogue"), unknown.err());

        assertEquals(
                2,
                Cli.run("similar", original.toString(), "-k", "0", "--db", db).exitCode());
    }

    @Test
    void verifyReportsASoundIndexAndAfterDamageAProblemThatRebuildMends() throws Exception {
        Cli sound = Cli.run("index", "verify", "--db", db, "--json");
        assertEquals(0, sound.exitCode(), sound.out() + sound.err());
        assertTrue(sound.json().get("sound").asBoolean());
        assertEquals(Cli.countAudioFiles(library), sound.json().get("live").asLong());

        Path index = SimilarityIndex.fileFor(Path.of(db));
        Files.write(index, new byte[] {1, 2, 3});
        Cli damaged = Cli.run("index", "verify", "--db", db);
        assertEquals(1, damaged.exitCode());
        assertTrue(damaged.out().contains("NOT sound") && damaged.out().contains("problem:"), damaged.out());

        Cli rebuild = Cli.run("index", "rebuild", "--db", db, "--json");
        assertEquals(0, rebuild.exitCode(), rebuild.err());
        assertEquals(Cli.countAudioFiles(library), rebuild.json().get("vectors").asLong());
        assertEquals(0, Cli.run("index", "verify", "--db", db).exitCode());
    }

    @Test
    void anIndexFileThatCannotBeReadOrWrittenExitsWithThree() throws Exception {
        Path index = SimilarityIndex.fileFor(Path.of(db));
        Files.delete(index);
        Files.createDirectories(index.resolve("in the way"));

        for (Cli run : new Cli[] {
            Cli.run("similar", original.toString(), "--db", db),
            Cli.run("index", "verify", "--db", db),
            Cli.run("index", "rebuild", "--db", db)
        }) {
            assertEquals(3, run.exitCode(), run.out() + run.err());
            assertTrue(run.err().contains(index.getFileName().toString()), run.err());
        }
    }

    @Test
    void indexWithoutAnActionIsAUsageError() {
        Cli bare = Cli.run("index");
        assertEquals(2, bare.exitCode());
        assertTrue(bare.err().contains("name an action: verify, rebuild"), bare.err());
    }
}
