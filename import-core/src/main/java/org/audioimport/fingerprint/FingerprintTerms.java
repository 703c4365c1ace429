package org.audioimport.fingerprint;

import java.util.Arrays;

/**
 * The index terms of a raw fingerprint: the top 20 bits of each item, distinct and sorted. A transcode
 * flips a few bits of most items, but a good share of items keep their top bits, so the same recording
 * shares many terms while an unrelated one shares almost none; and because terms ignore position, a
 * small offset between two files does not matter.
 */
public final class FingerprintTerms {
    private static final int DROPPED_LOW_BITS = 12;

    private FingerprintTerms() {
    }

    public static int[] of(int[] raw) {
        int[] terms = new int[raw.length];
        for (int i = 0; i < raw.length; i++) {
            terms[i] = raw[i] >>> DROPPED_LOW_BITS;
        }
        return Arrays.stream(terms).sorted().distinct().toArray();
    }
}
