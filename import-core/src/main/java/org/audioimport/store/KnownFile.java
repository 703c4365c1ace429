package org.audioimport.store;

/**
 * What the catalogue knows of a path before a scan: enough to tell whether the file changed, and to see
 * which phase results an algorithm change left stale. Its content hash, which recognises it if it moved, is
 * read only if the walk does not find it ({@link KnownFiles#contentHashes}). {@code missingSinceMs} is null
 * while the file is on disk; a phase version is null when the file has no row of that phase;
 * {@code failureReason} is null unless the file failed, and {@code failedReadSupport} unless it failed since
 * that was recorded (the importer's version of what it could read); {@code codec} (FFmpeg's name) and
 * {@code channels} are null unless it was decoded.
 */
public record KnownFile(
        String path,
        long sizeBytes,
        long mtimeMs,
        FileStatus status,
        Long missingSinceMs,
        Integer fingerprintVersion,
        Integer segmentVersion,
        Integer analyzeVersion,
        Integer flavorVersion,
        String failureReason,
        String codec,
        Integer channels,
        Integer failedReadSupport) {
    public boolean sameAs(long otherSize, long otherMtimeMs) {
        return sizeBytes == otherSize && mtimeMs == otherMtimeMs;
    }

    public boolean missing() {
        return missingSinceMs != null;
    }
}
