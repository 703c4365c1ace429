package org.audioimport.store;

/**
 * A catalogued file as a similarity result.
 *
 * @param fileId      its file row id
 * @param path        where it is
 * @param recordingId the file id shared by every copy of its recording (its own when it has no copy)
 * @param albumId     its album's id; null when its tags name no album
 */
public record FlavorTrack(long fileId, String path, long recordingId, Long albumId) {
    public boolean sameRecordingAs(FlavorTrack other) {
        return recordingId == other.recordingId;
    }
}
