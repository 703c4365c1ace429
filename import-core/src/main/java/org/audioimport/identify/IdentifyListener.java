package org.audioimport.identify;

/** Follows a pass through the queue: how many files are due, then each file's result, from the queue's thread. */
public interface IdentifyListener {
    IdentifyListener NONE = new IdentifyListener() {};

    default void started(int due) {}

    default void identified(IdentifyResult result) {}
}
