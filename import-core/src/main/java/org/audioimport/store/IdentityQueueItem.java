package org.audioimport.store;

/**
 * A file waiting for identification: the first file of its duplicate group (or a file with no copies)
 * that has a fingerprint and no current identity. {@code fileUpdatedAt} is the file row's version the
 * fingerprint belongs to; {@code taggedRecordingId} the MusicBrainz recording id its tags name, or null.
 */
public record IdentityQueueItem(
        long fileId,
        String path,
        long fileUpdatedAt,
        String chromaprint,
        long durationTicks,
        String taggedRecordingId) {}
