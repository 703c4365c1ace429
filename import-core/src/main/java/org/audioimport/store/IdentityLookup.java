package org.audioimport.store;

/**
 * One AcoustID lookup of a fingerprint, as kept in {@code acoustid_lookup}. {@code status} is
 * {@code matched}, {@code no_match} or {@code error}; an error keeps what was learnt before it (an
 * AcoustID answer whose MusicBrainz fetch failed keeps its recording id), {@code failures} counts the
 * failed attempts in a row and {@code retryAtMs} says when the next may be made. Times are epoch ms.
 */
public record IdentityLookup(
        String fingerprintSha256,
        String status,
        String acoustidId,
        Double score,
        String recordingMbid,
        String acoustidResponse,
        String error,
        int failures,
        long lookedUpAtMs,
        Long retryAtMs) {
    public static final String MATCHED = "matched";
    public static final String NO_MATCH = "no_match";
    public static final String ERROR = "error";

    public boolean failed() {
        return ERROR.equals(status);
    }
}
