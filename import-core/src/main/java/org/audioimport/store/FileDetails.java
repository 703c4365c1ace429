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
        Levels levels,
        List<PassageDetails> passages,
        Long missingSinceMs,
        long firstSeenAtMs,
        long updatedAtMs) {

    /** The file's status as {@code status} counts it: {@code missing}, {@code no audio}, or the stored status. */
    public String label() {
        return FileStatus.label(missingSinceMs != null, levels != null && levels.noAudio(), status);
    }

    /** The stored fingerprint: the compressed string (null, with the reason, when there is none) and its length. */
    public record StoredFingerprint(String chromaprint, double durationSeconds, String missingReason) {}

    /**
     * The whole file's loudness and shape: each value null where it is undefined (silence, too short),
     * the fades null where there is none. Positions are seconds from the start of the file.
     */
    public record Levels(
            boolean noAudio,
            Double integratedLufs,
            Double rangeLu,
            Double samplePeakDbfs,
            Double truePeakDbtp,
            Double trackGainDb,
            Double albumGainDb,
            Double leadInSeconds,
            Double leadOutSeconds,
            Double fadeInSeconds,
            Double fadeOutSeconds) {}

    /** One passage: where it starts and ends, its shape and loudness. Fades are durations in seconds. */
    public record PassageDetails(
            double startSeconds,
            double endSeconds,
            Double leadInSeconds,
            Double leadOutSeconds,
            Double fadeInSeconds,
            Double fadeOutSeconds,
            Double integratedLufs,
            Double truePeakDbtp) {}

    /** A problem the decoder went past, at a position in seconds. */
    public record Warning(double positionSeconds, String message) {}
}
