package org.audioimport.store;

import org.audioimport.tags.Tags;

/**
 * Everything the catalogue knows about one file. {@code audio} is null for a failed file,
 * {@code failureReason} null for an imported one.
 */
public record FileDetails(
        String path,
        String status,
        String failureReason,
        long sizeBytes,
        long mtimeMs,
        String contentHash,
        AudioProperties audio,
        Tags tags,
        long firstSeenAtMs,
        long updatedAtMs) {
}
