package org.audioimport.store;

/** How many files a scan saw and what became of them; missing and purged files were not seen. */
public record ScanCounts(
        long filesSeen,
        long imported,
        long updated,
        long unchanged,
        long moved,
        long failed,
        long missing,
        long purged) {}
