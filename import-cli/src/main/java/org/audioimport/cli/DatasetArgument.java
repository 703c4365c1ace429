package org.audioimport.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The benchmark dataset a bench command imports: the folder named, or this project's test-data/dataset. */
@Command
final class DatasetArgument {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Parameters(
            paramLabel = "DATASET",
            arity = "0..1",
            description = "The folder to import (default: this project's test-data/dataset, built by "
                    + "test-data/make-dataset.sh).")
    private Path named;

    /**
     * The folder named on the command line, or this project's test-data/dataset when none is; a usage error
     * that says how to build it when it is missing.
     */
    Path folder() {
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
}
