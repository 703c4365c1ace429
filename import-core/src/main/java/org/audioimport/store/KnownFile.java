package org.audioimport.store;

/**
 * What the catalogue knows of a path before a scan: enough to tell whether the file changed, and to
 * recognise it by content if it moved. {@code missingSinceMs} is null while the file is on disk.
 */
public record KnownFile(String path, long sizeBytes, long mtimeMs, String status, String contentHash, Long missingSinceMs) {
    public boolean sameAs(long otherSize, long otherMtimeMs) {
        return sizeBytes == otherSize && mtimeMs == otherMtimeMs;
    }

    public boolean missing() {
        return missingSinceMs != null;
    }
}
