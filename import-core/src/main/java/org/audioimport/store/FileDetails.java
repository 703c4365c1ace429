package org.audioimport.store;

import java.util.List;
import org.audioimport.tags.Tags;

/**
 * Everything the catalogue knows about one file. {@code audio} and {@code fingerprint} are null for a
 * failed file, {@code failureReason} null for an imported one; {@code duplicateOf} is the path of the
 * first file of the same recording, or null; {@code missingSinceMs} is when the file was first found gone
 * from disk, null while it is there.
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
        StoredFingerprint fingerprint,
        String duplicateOf,
        List<Warning> warnings,
        Long missingSinceMs,
        long firstSeenAtMs,
        long updatedAtMs) {

    /** The stored fingerprint: the compressed string (null, with the reason, when there is none) and its length. */
    public record StoredFingerprint(String chromaprint, double durationSeconds, String missingReason) {
    }

    /** A problem the decoder went past, at a position in seconds. */
    public record Warning(double positionSeconds, String message) {
    }
}
