package org.audioimport.pipeline;

import java.util.concurrent.Semaphore;

/**
 * Turns to decode and analyse a file, the CPU-heavy part of its work, and the cores those turns run on.
 * At most {@code cpuWorkers} files compute at once; the other workers meanwhile hash, read tags and write.
 * The writer borrows one core for each file transaction: a computing thread hands its core over at its
 * next decoded block and queues for it again, so the transaction does not wait for a core while it holds
 * the catalogue's write lock.
 */
final class ComputeTurns {
    private final Semaphore files;
    /** Fair, so that a core handed over goes to the writer waiting for it, then back. */
    private final Semaphore cores;

    ComputeTurns(int cpuWorkers) {
        this.files = new Semaphore(cpuWorkers);
        this.cores = new Semaphore(cpuWorkers, true);
    }

    /** Waits for a turn to compute a file, and a core for it. */
    void enter() {
        files.acquireUninterruptibly();
        cores.acquireUninterruptibly();
    }

    void leave() {
        cores.release();
        files.release();
    }

    /** Called by a computing thread between blocks: only the writer ever queues for a core. */
    void lendCoreIfWanted() {
        if (cores.hasQueuedThreads()) {
            cores.release();
            cores.acquireUninterruptibly();
        }
    }

    /** The cores the writer borrows from. */
    Semaphore cores() {
        return cores;
    }
}
