package org.audioimport.pipeline;

import java.nio.file.Path;

/** Told of a run's progress, one call at a time, from whichever thread finished the file. */
public interface ImportListener {
    ImportListener NONE = new ImportListener() {};

    /** The walk is done: {@code total} files will be reported, {@code toExamine} of them need reading. */
    default void started(int total, int toExamine) {}

    /**
     * {@code count} files a stat found unchanged: nothing was read of them. Told once, after {@link #started},
     * and counted among its {@code total}; the other files are told one by one through {@link #fileDone}.
     */
    default void unchanged(int count) {}

    /** A worker began on the file at {@code path}; {@link #fileDone} follows for it. */
    default void fileStarted(Path path) {}

    default void fileDone(FileOutcome outcome) {}
}
