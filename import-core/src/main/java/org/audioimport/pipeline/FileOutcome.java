package org.audioimport.pipeline;

import java.nio.file.Path;

/** What became of one file in a run. */
public sealed interface FileOutcome {
    Path path();

    /** New to the catalogue, now imported. */
    record Imported(Path path) implements FileOutcome {}

    /** Known but changed since the last scan, imported again. */
    record Updated(Path path) implements FileOutcome {}

    /** Found at a new path with the content of a catalogued file that left its old one: moved, not decoded. */
    record Moved(Path path, String from) implements FileOutcome {}

    /** Catalogued, but gone from disk: marked missing, its rows kept. */
    record Missing(Path path) implements FileOutcome {}

    /** Could not be imported; the reason names what went wrong. */
    record Failed(Path path, String reason) implements FileOutcome {}
}
