package org.audioimport.pipeline;

import java.nio.file.Path;
import java.util.Set;
import org.audioimport.scanning.FoundFile;
import org.audioimport.scanning.WalkEntry;

/** One file's work on a worker: the same worker body runs both kinds. */
sealed interface FileTask {
    Path path();

    /** A file the stat could not settle: identified, then moved or decoded with every phase. */
    record Examine(WalkEntry entry, boolean known) implements FileTask {
        @Override
        public Path path() {
            return entry.path();
        }
    }

    /** An unchanged file some of whose result groups an older algorithm made: only those run again. */
    record Refresh(FoundFile file, Set<ResultGroup> groups) implements FileTask {
        @Override
        public Path path() {
            return file.path();
        }
    }
}
