package org.audioimport.pipeline;

import java.nio.file.Path;
import java.util.List;

/**
 * What an import would do to the catalogue, file by file.
 *
 * @param filesSeen  the files the walk found
 * @param imports    new files that would be imported
 * @param updates    changed files that would be imported again, and unchanged ones an older algorithm analysed
 * @param moves      new paths that would take over the row of a gone file with the same content
 * @param failures   files that would fail before any decoding (not audio, unreadable, broken links), with why;
 *                   a file that passes here may still fail when decoded
 * @param missing    catalogued files under the roots, gone from disk, that would be marked missing
 * @param unchanged  files a stat finds unchanged: nothing would be read
 * @param purged     missing files that {@code --purge-missing-after} would delete
 */
public record DryRunReport(
        int filesSeen,
        List<Path> imports,
        List<Path> updates,
        List<FileOutcome.Moved> moves,
        List<FileOutcome.Failed> failures,
        List<String> missing,
        int unchanged,
        List<String> purged) {
    public DryRunReport {
        imports = List.copyOf(imports);
        updates = List.copyOf(updates);
        moves = List.copyOf(moves);
        failures = List.copyOf(failures);
        missing = List.copyOf(missing);
        purged = List.copyOf(purged);
    }
}
