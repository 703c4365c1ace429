package org.audioimport.store;

/** How many files a scan saw and what became of them. */
public record ScanCounts(long filesSeen, long imported, long updated, long unchanged, long failed) {
}
