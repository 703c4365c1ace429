package org.audioimport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The command-line tests' common start: the sample library copied into the test's folder, the catalogue
 * path beside it, and how many files the copy holds.
 */
record SampleCopy(Path library, String db, long files) {
    static SampleCopy in(Path dir) throws IOException {
        Path library = Cli.sampleCopy(dir.resolve("library"));
        return new SampleCopy(library, dir.resolve("library.db").toString(), Cli.countAudioFiles(library));
    }

    /** Imports the copy, deletes one of its files and imports it again, which marks it missing; its path. */
    Path importedThenGone(String relative) throws Exception {
        assertEquals(0, Cli.run("import", library.toString(), "--db", db).exitCode());
        Path gone = library.resolve(relative);
        Files.delete(gone);
        assertEquals(0, Cli.run("import", library.toString(), "--db", db).exitCode());
        return gone;
    }
}
