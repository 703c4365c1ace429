package org.audioimport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import ~/Music} where {@code ~/Music} links to a library imported as {@code /srv/music}: the dry
 * run and the import both find it unchanged, and the file named through the link is shown by the library's
 * own path.
 */
class LinkedLibraryCommandTest {
    @TempDir
    Path dir;

    private SampleCopy sample;
    private Path link;

    @BeforeEach
    void importTheLibraryByItsOwnPath() throws Exception {
        sample = SampleCopy.in(dir);
        link = Files.createSymbolicLink(dir.resolve("Music"), sample.library());
        Cli first = Cli.run("import", sample.library().toString(), "--db", sample.db(), "--json");
        assertEquals(0, first.exitCode(), first.err());
        assertEquals(sample.files(), first.json().get("imported").asLong());
    }

    @Test
    void theDryRunThroughTheLinkWouldImportNothing() {
        Cli dryRun = Cli.run("import", link.toString(), "--db", sample.db(), "--dry-run", "--json");

        assertEquals(0, dryRun.exitCode(), dryRun.err());
        JsonNode plan = dryRun.json();
        assertEquals(0, plan.get("import").size(), plan.toString());
        assertEquals(0, plan.get("missing").size(), plan.toString());
        assertEquals(sample.files(), plan.get("unchanged").asLong(), plan.toString());
    }

    @Test
    void theImportThroughTheLinkFindsEveryFileUnchanged() {
        Cli again = Cli.run("import", link.toString(), "--db", sample.db(), "--json");

        assertEquals(0, again.exitCode(), again.err());
        assertEquals(0, again.json().get("imported").asLong());
        assertEquals(sample.files(), again.json().get("unchanged").asLong());
        Cli status = Cli.run("status", "--db", sample.db(), "--json");
        assertEquals(sample.files(), status.json().get("files").get("imported").asLong(), status.out());
    }
}
