package org.audioimport.cli;

import java.net.URISyntaxException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * This project's folder, for defaults that live in it (the benchmark dataset): the folder holding
 * {@value #MARKER}, found above the running jar (or classes), else above the working folder.
 */
final class ProjectFolder {
    static final String MARKER = "test-data/make-dataset.sh";
    static final String DATASET = "test-data/dataset";

    private ProjectFolder() {}

    static Optional<Path> find() {
        List<Path> starts = new ArrayList<>();
        codeLocation().ifPresent(starts::add);
        starts.add(Path.of("").toAbsolutePath());
        for (Path start : starts) {
            for (Path dir = start; dir != null; dir = dir.getParent()) {
                if (Files.isRegularFile(dir.resolve(MARKER))) {
                    return Optional.of(dir);
                }
            }
        }
        return Optional.empty();
    }

    /** Where this class was loaded from; empty when that is not a local file (another class loader). */
    private static Optional<Path> codeLocation() {
        CodeSource source = ProjectFolder.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException e) {
            return Optional.empty();
        }
    }
}
