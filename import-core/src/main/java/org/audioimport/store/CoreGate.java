package org.audioimport.store;

/**
 * Where a file transaction takes a CPU core before it begins, so that it runs on a core of its own while
 * it holds the catalogue's write lock instead of queueing for one behind CPU-bound threads. The import
 * pipeline's computing turns implement it; {@link #NONE} never makes a transaction wait.
 */
public interface CoreGate {
    /** A gate that is always open: for writers with no CPU-bound threads beside them. */
    CoreGate NONE = new CoreGate() {
        @Override
        public void acquire() {}

        @Override
        public void release() {}
    };

    /** Waits for a core; the caller then holds it until {@link #release}. */
    void acquire();

    void release();
}
