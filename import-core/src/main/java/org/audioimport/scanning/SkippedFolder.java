package org.audioimport.scanning;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A folder the walk did not enter, and why: a root that is not there, a folder that cannot be read, or a
 * library folder with nothing in it at all. A disk that is not mounted, a share mounted with the wrong
 * rights or a network read that failed looks like one of these, and the files the catalogue holds under
 * it are not gone. {@code empty} tells the last case apart: an empty folder matters only when the
 * catalogue holds files under it, and may have been emptied on purpose.
 */
public record SkippedFolder(Path folder, String reason, boolean empty) {
    /** The reason of a root that is not there: a disk not mounted, as likely as a folder deleted. */
    public static final String NOT_FOUND = "not found";

    /** Why the walk should not enter {@code start}, if it should not; only a library folder counts as empty. */
    static Optional<SkippedFolder> check(Path start, boolean emptyIsSkipped) {
        if (!Files.exists(start)) {
            return Optional.of(new SkippedFolder(start, NOT_FOUND, false));
        }
        if (!Files.isDirectory(start)) {
            return Optional.empty();
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(start)) {
            boolean empty = !entries.iterator().hasNext();
            return empty && emptyIsSkipped
                    ? Optional.of(new SkippedFolder(start, "folder is empty", true))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.of(new SkippedFolder(start, LibraryWalker.describe(e), false));
        } catch (DirectoryIteratorException e) {
            return Optional.of(new SkippedFolder(start, LibraryWalker.describe(e.getCause()), false));
        }
    }
}
