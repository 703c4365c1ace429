package org.audioimport.fingerprint;

import java.util.List;
import java.util.OptionalLong;

/**
 * Decides whether two fingerprints are of the same recording: durations within about 1%, and, at the
 * best alignment within a few seconds, a bit error rate far below the ~50% of unrelated audio.
 * Transcodes of one recording (FLAC, 128k MP3, AAC) measure a few percent; different tracks of one
 * album, even in one style, measure well above 30%.
 */
public final class SameRecording {
    /** Items per second of a raw fingerprint (Chromaprint's default algorithm). */
    private static final double ITEMS_PER_SECOND = 7.8;

    private static final int MAX_OFFSET_ITEMS = (int) (5 * ITEMS_PER_SECOND);
    private static final double MAX_BIT_ERROR_RATE = 0.20;
    private static final double MAX_DURATION_DIFFERENCE = 0.01;
    /** Short files have room for a few tens of milliseconds of encoder delay beyond 1%. */
    private static final double DURATION_SLACK_SECONDS = 0.1;

    private static final int MIN_OVERLAP_ITEMS = 16;

    private SameRecording() {}

    /**
     * A catalogued file that shares index terms with a new fingerprint, to be compared in full.
     *
     * @param firstOfGroup the first file of the candidate's duplicate group (the candidate itself when it is
     *                     nobody's duplicate)
     */
    public record Candidate(int[] raw, double durationSeconds, long firstOfGroup) {}

    /**
     * The duplicate group a fingerprint's recording belongs to: the first file of the group of the first
     * candidate, best term overlap first, that holds the same recording; empty when none does.
     */
    public static OptionalLong groupOf(Fingerprint fingerprint, double durationSeconds, List<Candidate> candidates) {
        int[] raw = fingerprint.raw();
        for (Candidate candidate : candidates) {
            if (test(raw, durationSeconds, candidate.raw(), candidate.durationSeconds())) {
                return OptionalLong.of(candidate.firstOfGroup());
            }
        }
        return OptionalLong.empty();
    }

    public static boolean test(int[] raw, double durationSeconds, int[] otherRaw, double otherDurationSeconds) {
        double longer = Math.max(durationSeconds, otherDurationSeconds);
        if (Math.abs(durationSeconds - otherDurationSeconds)
                > longer * MAX_DURATION_DIFFERENCE + DURATION_SLACK_SECONDS) {
            return false;
        }
        return bestBitErrorRate(raw, otherRaw) <= MAX_BIT_ERROR_RATE;
    }

    /** The lowest share of differing bits over every alignment of the two within a few seconds; 1 when they cannot be aligned. */
    public static double bestBitErrorRate(int[] a, int[] b) {
        int minOverlap = Math.max(MIN_OVERLAP_ITEMS, Math.min(a.length, b.length) / 2);
        double best = 1.0;
        for (int offset = -MAX_OFFSET_ITEMS; offset <= MAX_OFFSET_ITEMS; offset++) {
            int from = Math.max(0, -offset);
            int to = Math.min(a.length, b.length - offset);
            int overlap = to - from;
            if (overlap < minOverlap) {
                continue;
            }
            long differing = 0;
            for (int i = from; i < to; i++) {
                differing += Integer.bitCount(a[i] ^ b[i + offset]);
            }
            best = Math.min(best, differing / (32.0 * overlap));
        }
        return best;
    }
}
