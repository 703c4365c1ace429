package org.audioimport.store;

/** One scan run as recorded: when, its outcome, and its counts. {@code finishedAtMs} is null while it runs. */
public record ScanSummary(
        long id, long startedAtMs, Long finishedAtMs, String outcome, String roots, ScanCounts counts) {}
