package org.audioimport.pipeline;

/** Told of a run's progress, one call at a time, from whichever thread finished the file. */
public interface ImportListener {
    ImportListener NONE = new ImportListener() {
    };

    /** The walk is done: {@code total} files will be reported, {@code toExamine} of them need reading. */
    default void started(int total, int toExamine) {
    }

    default void fileDone(FileOutcome outcome) {
    }
}
