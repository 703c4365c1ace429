package org.audioimport.pipeline;

import java.util.concurrent.Semaphore;
import org.audioimport.decode.PcmBlock;
import org.audioimport.decode.PcmSink;
import org.audioimport.decode.StreamInfo;
import org.audioimport.store.CoreGate;

/**
 * Turns to decode and analyse a file, the CPU-heavy part of its work, and the cores those turns run on:
 * the whole core-lending protocol between the computing threads and the catalogue's writer.
 *
 * <ol>
 *   <li>A worker {@link #enter enters} a turn before it decodes: first one of {@code cpuWorkers} file turns,
 *       then one of {@code cpuWorkers} cores. The other workers meanwhile hash, read tags and write.</li>
 *   <li>The writer takes a core through {@link #writerGate()} for each file transaction; with every core in
 *       use by a computing thread, it queues on the fair core semaphore.</li>
 *   <li>A computing thread checks, at the start of each file and at each decoded block ({@link #lending()},
 *       first in its fan-out), whether any thread is queued for a core. That may be the writer, or a computing
 *       thread waiting to get a core back (after lending it, or after entering while the writer held one).
 *       Either way it releases its core and queues for it again: the fair semaphore serves the threads in the
 *       order they queued, so the writer gets a core at the next block of some computing thread, and never
 *       more than {@code cpuWorkers} threads hold a core at once.</li>
 *   <li>The writer releases its core after COMMIT; a worker {@link #leave leaves} its turn after decoding.</li>
 * </ol>
 * So the transaction runs on a core of its own instead of waiting for one with the write lock held.
 */
public final class ComputeTurns {
    private final Semaphore files;
    /** Fair, so that a core handed over goes to the thread waiting for it, then back. */
    private final Semaphore cores;

    public ComputeTurns(int cpuWorkers) {
        this.files = new Semaphore(cpuWorkers);
        this.cores = new Semaphore(cpuWorkers, true);
    }

    /** The gate the catalogue writer takes a core from for each file transaction (step 2). */
    public CoreGate writerGate() {
        return new CoreGate() {
            @Override
            public void acquire() {
                cores.acquireUninterruptibly();
            }

            @Override
            public void release() {
                cores.release();
            }
        };
    }

    /** Waits for a turn to compute a file, and a core for it (step 1). */
    void enter() {
        files.acquireUninterruptibly();
        cores.acquireUninterruptibly();
    }

    void leave() {
        cores.release();
        files.release();
    }

    /** Called by a computing thread between blocks: hands its core to a thread queued for one (step 3). */
    void lendCoreIfWanted() {
        if (cores.hasQueuedThreads()) {
            cores.release();
            cores.acquireUninterruptibly();
        }
    }

    /** A sink that lends the core at each decoded block: the first of a computing thread's fan-out. */
    PcmSink lending() {
        return new PcmSink() {
            @Override
            public void start(StreamInfo info) {
                lendCoreIfWanted();
            }

            @Override
            public void accept(PcmBlock block) {
                lendCoreIfWanted();
            }
        };
    }

    /** The cores semaphore, for tests of the protocol. */
    Semaphore cores() {
        return cores;
    }
}
