package org.audioimport.index;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Runs a batch's items on worker threads of its own while the calling thread reports progress. Workers
 * take items in batch order and always finish one they took, so a batch that stops early has done
 * exactly a prefix of its items.
 */
final class BatchRunner {

    /** The work for one item of a batch. */
    @FunctionalInterface
    interface ItemTask {
        void run(int item);
    }

    private final int threads;

    BatchRunner(int threads) {
        this.threads = threads;
    }

    /**
     * Runs {@code task} for items 0 to {@code total - 1}.
     *
     * @return how many items were done, from the first: all of them, unless {@code progress} cancelled or
     *     the calling thread was interrupted (the interrupt flag stays set)
     * @throws IndexException of kind {@link IndexError.Internal} if a task failed
     */
    int run(int total, ItemTask task, BatchProgress progress) throws IndexException {
        return new Run(total, task, progress).execute(Math.min(threads, total));
    }

    private static final class Run {
        private final int total;
        private final ItemTask task;
        private final BatchProgress progress;
        private final AtomicInteger taken = new AtomicInteger();
        private final AtomicInteger done = new AtomicInteger();
        private final ReentrantLock lock = new ReentrantLock();
        private final Condition changed = lock.newCondition();
        private volatile boolean stopped;
        /** The done count at which the reporter wants waking. */
        private volatile int wakeAt;

        private int running;
        private Throwable failure;

        Run(int total, ItemTask task, BatchProgress progress) {
            this.total = total;
            this.task = task;
            this.progress = progress;
        }

        int execute(int workers) throws IndexException {
            boolean interrupted = Thread.interrupted();
            try {
                if (interrupted || !progress.proceed(0, total)) {
                    return 0;
                }
                try {
                    wakeAt = nextMark(0);
                    startWorkers(workers);
                    int reported = 0;
                    while (reported < total && !stopped) {
                        int mark = nextMark(reported);
                        if (!awaitDone(mark)) {
                            interrupted = Thread.interrupted();
                            break;
                        }
                        reported = mark;
                        if (!progress.proceed(mark, total)) {
                            stopped = true;
                        }
                    }
                } finally {
                    stopped = true;
                    awaitWorkers();
                }
                if (failure != null) {
                    throw new IndexException(new IndexError.Internal(failure.toString()), failure);
                }
                return done.get();
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        /** The smallest tenth of the batch, rounded up, above {@code reported}. */
        private int nextMark(int reported) {
            for (int tenth = 1; ; tenth++) {
                int mark = (int) ((total * (long) tenth + 9) / 10);
                if (mark > reported) {
                    return mark;
                }
            }
        }

        private void startWorkers(int workers) {
            Thread.Builder builder = Thread.ofPlatform().daemon().name("vector-index-insert-", 0);
            for (int i = 0; i < workers; i++) {
                lock.lock();
                try {
                    running++;
                } finally {
                    lock.unlock();
                }
                try {
                    builder.start(this::work);
                } catch (RuntimeException | Error e) {
                    workerEnded(null);
                    throw e;
                }
            }
        }

        private void work() {
            Throwable thrown = null;
            try {
                while (!stopped) {
                    int item = taken.getAndIncrement();
                    if (item >= total) {
                        break;
                    }
                    task.run(item);
                    if (done.incrementAndGet() >= wakeAt) {
                        signal();
                    }
                }
            } catch (Throwable t) {
                thrown = t;
                stopped = true;
            } finally {
                workerEnded(thrown);
            }
        }

        private void signal() {
            lock.lock();
            try {
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }

        private void workerEnded(Throwable thrown) {
            lock.lock();
            try {
                running--;
                if (failure == null) {
                    failure = thrown;
                }
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }

        /**
         * Waits until {@code mark} items are done.
         *
         * @return false if that will not happen: the workers stopped first, or this thread was interrupted
         */
        private boolean awaitDone(int mark) {
            wakeAt = mark;
            lock.lock();
            try {
                while (done.get() < mark && running > 0) {
                    changed.await();
                }
                return done.get() >= mark;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } finally {
                lock.unlock();
            }
        }

        private void awaitWorkers() {
            lock.lock();
            try {
                while (running > 0) {
                    changed.awaitUninterruptibly();
                }
            } finally {
                lock.unlock();
            }
        }
    }
}
