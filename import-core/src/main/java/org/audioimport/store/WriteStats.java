package org.audioimport.store;

/** What the writer did in a run: transactions, their hold times, the lock wait and busy retries. */
public record WriteStats(
        long writeTransactions, double txHoldMsP50, double txHoldMsP99, double lockWaitMsTotal, long busyRetries) {}
