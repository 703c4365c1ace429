package org.audioimport.cli;

import java.io.IOException;
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
}
