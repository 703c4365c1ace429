package org.audioimport.store;

import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.RetryPolicy;
import dev.failsafe.function.CheckedSupplier;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Retries work that found the database busy (another process holds the write lock): exponential
 * backoff from 10 ms doubling to 1 s, until a total time is used up. Failsafe does the schedule, which
 * keeps the policy in one readable declaration instead of a hand-written loop.
 */
public final class BusyRetry {
    /** How long a busy catalogue is retried unless told otherwise. */
    public static final long DEFAULT_GIVE_UP_SECONDS = 30;

    public static final Duration DEFAULT_GIVE_UP_AFTER = Duration.ofSeconds(DEFAULT_GIVE_UP_SECONDS);
    private static final Duration FIRST_DELAY = Duration.ofMillis(10);
    private static final Duration MAX_DELAY = Duration.ofSeconds(1);

    private final RetryPolicy<Object> policy;
    private final AtomicLong retries = new AtomicLong();
    private final Duration giveUpAfter;

    public BusyRetry(Duration giveUpAfter) {
        this.giveUpAfter = giveUpAfter;
        var builder = RetryPolicy.builder().handleIf(BusyRetry::isBusy).onRetry(event -> retries.incrementAndGet());
        // A limit no longer than the first delay leaves no time for a retry: one attempt only.
        this.policy = giveUpAfter.compareTo(FIRST_DELAY) <= 0
                ? builder.withMaxRetries(0).build()
                : builder.withBackoff(FIRST_DELAY, MAX_DELAY)
                        .withMaxRetries(-1)
                        .withMaxDuration(giveUpAfter)
                        .build();
    }

    /** Runs the work, again after each busy failure; a busy failure past the time limit is {@link BusyException}. */
    <T> T run(CheckedSupplier<T> work) throws BusyException, SQLException {
        try {
            return Failsafe.with(policy).get(work);
        } catch (FailsafeException e) {
            Throwable cause = e.getCause();
            if (isBusy(cause)) {
                throw new BusyException(giveUpAfter, cause);
            }
            if (cause instanceof SQLException sql) {
                throw sql;
            }
            throw e;
        } catch (RuntimeException e) {
            if (isBusy(e)) {
                throw new BusyException(giveUpAfter, e);
            }
            throw e;
        }
    }

    public long retries() {
        return retries.get();
    }

    static boolean isBusy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException sqlite) {
                SQLiteErrorCode code = sqlite.getResultCode();
                int primary = code.code & 0xff;
                return primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** The database stayed busy for the whole retry time. */
    static final class BusyException extends Exception {
        private static final long serialVersionUID = 1L;

        BusyException(Duration waited, Throwable cause) {
            super("catalogue stayed busy (locked by another process) for " + waited.toSeconds() + " s", cause);
        }
    }
}
