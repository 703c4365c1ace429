package org.audioimport.pipeline;

import java.nio.file.Path;
import java.util.Set;
import org.audioimport.scanning.FoundFile;
import org.audioimport.scanning.WalkEntry;
import org.audioimport.store.FileStatus;
import org.audioimport.store.KnownFile;

/** One file's work on a worker: the same worker body runs both kinds. */
sealed interface FileTask {
    Path path();

    /**
     * True when the catalogue holds the file as imported: if its new rows cannot be written, its old ones
     * stand, and no failure is recorded over them.
     */
    boolean heldAsImported();

    /**
     * A file the stat could not settle: identified, then moved or decoded with every phase. {@code before} is
     * what the catalogue knew at its path, null for a path new to it.
     */
    record Examine(WalkEntry entry, KnownFile before) implements FileTask {
        @Override
        public Path path() {
            return entry.path();
        }

        /** True when the catalogue has a row at this path (a changed or failed file, not a new one). */
        boolean known() {
            return before != null;
        }

        @Override
        public boolean heldAsImported() {
            return before != null && before.status() == FileStatus.IMPORTED;
        }
    }

    /** An unchanged file some of whose result groups an older algorithm made: only those run again. */
    record Refresh(FoundFile file, Set<ResultGroup> groups) implements FileTask {
        @Override
        public Path path() {
            return file.path();
        }

        /** Only an imported file has results to refresh. */
        @Override
        public boolean heldAsImported() {
            return true;
        }
    }
}
