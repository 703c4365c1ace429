package org.audioimport.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.audioimport.store.CatalogueException;
import org.audioimport.store.WriteException;

/** The scratch folder each benchmark run works in and throws away. */
final class BenchFolders {
    private BenchFolders() {}

    /** A benchmark run in a scratch folder of its own. */
    @FunctionalInterface
    interface ScratchRun<R> {
        R run(Path scratch) throws IOException, CatalogueException, WriteException, InterruptedException;
    }

    /** Runs {@code run} in a fresh scratch folder named from {@code prefix}, deleted afterwards whatever happens. */
    static <R> R inScratch(String prefix, ScratchRun<R> run)
            throws IOException, CatalogueException, WriteException, InterruptedException {
        Path scratch = Files.createTempDirectory(prefix);
        try {
            return run.run(scratch);
        } finally {
            deleteTree(scratch);
        }
    }

    /** Deletes a run's scratch folder and everything in it. */
    static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }
}
