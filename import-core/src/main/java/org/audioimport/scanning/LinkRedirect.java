package org.audioimport.scanning;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a folder that a walk reaches through a symbolic link is to be scanned instead, when the catalogue
 * holds it under another name: the walk then leaves the link alone, so that the folder's files are not
 * catalogued a second time under the link's path.
 */
@FunctionalInterface
public interface LinkRedirect {
    /** Every link is walked where it stands. */
    LinkRedirect NONE = link -> Optional.empty();

    /** The name to scan the folder {@code link} leads to under, or empty to walk it through the link. */
    Optional<Path> elsewhere(Path link);
}
