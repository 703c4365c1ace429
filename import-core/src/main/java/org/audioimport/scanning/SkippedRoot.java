package org.audioimport.scanning;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A root the walk did not enter, and why: it is not there, it cannot be read, or it is a library folder
 * with nothing in it at all. A disk that is not mounted, or mounted with the wrong rights, looks like one
 * of these, and the files the catalogue holds under it are not gone. {@code empty} tells the last case
 * apart: an empty folder matters only when the catalogue holds files under it, and may have been emptied
 * on purpose.
 */
public record SkippedRoot(Path root, String reason, boolean empty) {
    /** Why the walk should not enter {@code start}, if it should not; only a library folder counts as empty. */
    static Optional<SkippedRoot> check(Path start, boolean emptyIsSkipped) {
        if (!Files.exists(start)) {
            return Optional.of(new SkippedRoot(start, "not found", false));
        }
        if (!Files.isDirectory(start)) {
            return Optional.empty();
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(start)) {
            boolean empty = !entries.iterator().hasNext();
            return empty && emptyIsSkipped
                    ? Optional.of(new SkippedRoot(start, "folder is empty", true))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.of(new SkippedRoot(start, LibraryWalker.describe(e), false));
        } catch (DirectoryIteratorException e) {
            return Optional.of(new SkippedRoot(start, LibraryWalker.describe(e.getCause()), false));
        }
    }
}
