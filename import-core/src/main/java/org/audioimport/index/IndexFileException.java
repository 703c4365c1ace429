package org.audioimport.index;

import java.nio.file.Path;
import java.util.Objects;

/** An index file is truncated, corrupt or of another format; {@link #problem()} says which. */
public final class IndexFileException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final transient IndexFileProblem problem;

    IndexFileException(Path file, IndexFileProblem problem) {
        super(file + ": " + problem.describe());
        this.file = file;
        this.problem = problem;
    }

    public Path file() {
        return Objects.requireNonNull(file, "the file does not survive serialisation");
    }

    public IndexFileProblem problem() {
        return Objects.requireNonNull(problem, "the problem does not survive serialisation");
    }
}
