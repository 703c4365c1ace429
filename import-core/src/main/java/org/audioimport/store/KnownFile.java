package org.audioimport.store;

/** What the catalogue knows of a path before a scan: enough to tell whether the file changed. */
public record KnownFile(String path, long sizeBytes, long mtimeMs, String status) {
    public boolean sameAs(long otherSize, long otherMtimeMs) {
        return sizeBytes == otherSize && mtimeMs == otherMtimeMs;
    }
}
