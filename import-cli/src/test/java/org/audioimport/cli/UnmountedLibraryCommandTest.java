package org.audioimport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.audioimport.testing.Mounts;
import org.audioimport.testing.SampleLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import} of a library whose disk is not mounted exits 1 naming the folder, and keeps the catalogue
 * as it was even with {@code --purge-missing-after 0}; {@code --accept-empty} takes the empty folder at
 * its word.
 */
class UnmountedLibraryCommandTest {
    @RegisterExtension
    final Mounts mounts = new Mounts();

    @TempDir
    Path dir;

    @Test
    void anUnmountedLibraryExitsOneAndKeepsItsFilesUnlessEmptyIsAccepted() throws Exception {
        Path disk = SampleLibrary.copyTo(dir.resolve("disk"));
        Path library = Files.createDirectories(dir.resolve("library"));
        String db = dir.resolve("library.db").toString();
        int files = SampleLibrary.expected().size();
        mounts.bind(disk, library);
        assertEquals(
                0,
                Cli.run("import", library.toString(), "--db", db, "--no-progress")
                        .exitCode());
        mounts.unmount(library);

        Cli unmounted = Cli.run("import", library.toString(), "--db", db, "--purge-missing-after", "0", "--json");
        Cli accepted = Cli.run("import", library.toString(), "--db", db, "--json", "--accept-empty");

        assertEquals(1, unmounted.exitCode(), unmounted.err());
        JsonNode kept = new ObjectMapper().readTree(unmounted.out());
        assertEquals(0, kept.get("missing").asInt());
        assertEquals(0, kept.get("purged").asInt());
        JsonNode reported = kept.get("failures").get(0);
        assertEquals(library.toString(), reported.get("path").asText());
        assertTrue(
                reported.get("reason").asText().startsWith("folder is empty, but the catalogue holds " + files),
                reported.toString());
        assertEquals(0, accepted.exitCode(), accepted.err());
        JsonNode emptied = new ObjectMapper().readTree(accepted.out());
        assertEquals(files, emptied.get("missing").asInt());
    }
}
