package org.audioimport.identify;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** AcoustID's answer to one lookup: its results, and the raw JSON as it came, for the cache. */
record AcoustIdAnswer(List<Result> results, String raw) {
    /** One AcoustID track: its id, how well the fingerprint matched it (0 to 1), its recordings' MBIDs. */
    record Result(String acoustidId, double score, List<String> recordingIds) {}

    /**
     * The best result whose score reaches {@code minScore}, or empty. Results with recordings come first
     * among equal scores, since only they lead to MusicBrainz.
     */
    Optional<Result> best(double minScore) {
        return results.stream()
                .filter(r -> r.score() >= minScore)
                .max(Comparator.comparingDouble(Result::score)
                        .thenComparing(r -> !r.recordingIds().isEmpty()));
    }

    /** The result's recording to fetch: the one the tags name if AcoustID lists it, else AcoustID's first. */
    static Optional<String> recordingOf(Result result, String taggedRecordingId) {
        if (taggedRecordingId != null && result.recordingIds().contains(taggedRecordingId)) {
            return Optional.of(taggedRecordingId);
        }
        return result.recordingIds().stream().findFirst();
    }
}
