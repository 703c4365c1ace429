package org.audioimport.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.audioimport.store.CatalogueException;
import org.audioimport.store.WriteException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The folders the bench commands share: the dataset they import, and the scratch folder each run throws away. */
final class BenchFolders {
    private BenchFolders() {}

    /**
     * The folder named on the command line, or this project's test-data/dataset when none is; a usage error
     * that says how to build it when it is missing.
     */
    static Path dataset(CommandSpec spec, Path named) {
        if (named != null) {
            if (!Files.isDirectory(named)) {
                throw new ParameterException(spec.commandLine(), named + ": no such folder");
            }
            return named;
        }
        Path standard = ProjectFolder.find()
                .map(project -> project.resolve(ProjectFolder.DATASET))
                .orElse(null);
        if (standard == null || !Files.isDirectory(standard)) {
            throw new ParameterException(
                    spec.commandLine(),
                    "the benchmark dataset is not built"
                            + (standard == null ? "" : " (no " + standard + ")")
                            + ": build it with test-data/make-dataset.sh from the project's folder (about 4 minutes; it "
                            + "downloads Debian music packages once), or name a folder: " + spec.qualifiedName()
                            + " DIR");
        }
        return standard;
    }

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
