package org.audioimport.store;

import dev.failsafe.function.CheckedRunnable;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteType;

/**
 * Counts the write transactions of {@link WriteMode#TRANSACTION_PER_STATEMENT}: with no BEGIN, SQLite
 * commits each writing statement by itself, so each one executed during a file's write is a transaction,
 * held for as long as the statement runs. Reads take no write lock and are not counted. Used only inside
 * the writer's turn, so one statement runs at a time.
 */
final class StatementTransactions {
    private final WriteMetrics metrics;
    private boolean counting;
    private long startedAt;

    StatementTransactions(WriteMetrics metrics) {
        this.metrics = metrics;
    }

    /** The writer's SQL, with every statement reported here. */
    DSLContext watch(DSLContext sql) {
        ExecuteListener listener = ExecuteListener.onExecuteStart(this::started).onExecuteEnd(this::ended);
        return sql.configuration().derive(listener).dsl();
    }

    /** Runs a file's statements, each write among them counted as one transaction. */
    void during(CheckedRunnable statements) throws Throwable {
        counting = true;
        try {
            statements.run();
        } finally {
            counting = false;
        }
    }

    private void started(ExecuteContext context) {
        startedAt = System.nanoTime();
    }

    private void ended(ExecuteContext context) {
        if (counting && context.type() != ExecuteType.READ) {
            metrics.recordTransaction(System.nanoTime() - startedAt);
        }
    }
}
