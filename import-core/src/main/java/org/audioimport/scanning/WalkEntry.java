package org.audioimport.scanning;

import java.nio.file.Path;

/** What the walk found at one path: a file to examine, or a file that cannot even be examined. */
public sealed interface WalkEntry {
    Path path();

    /** A regular file that is, or claims to be, audio. */
    record Candidate(FoundFile file) implements WalkEntry {
        @Override
        public Path path() {
            return file.path();
        }
    }

    /** A file named like audio that cannot be read at all (a broken link, no permission), with the reason. */
    record Unreachable(Path path, String reason) implements WalkEntry {}
}
