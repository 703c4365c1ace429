package org.audioimport.fingerprint;

import java.util.Arrays;

/**
 * The index terms of a raw fingerprint: the top 20 bits of each item, distinct and sorted. A transcode
 * flips a few bits of most items, but a good share of items keep their top bits, so the same recording
 * shares many terms while an unrelated one shares almost none; and because terms ignore position, a
 * small offset between two files does not matter.
 *
 * <p>A file keeps at most {@link #KEPT} of its terms: those whose hash is smallest (a bottom-k sketch).
 * Each kept term is a row in a B-tree ordered by term, so each lands on a different page, and a
 * transaction with a thousand of them wrote a thousand pages to the WAL: most of a file's write time.
 * Because the choice depends only on the term, two copies of a recording keep mostly the same ones: on
 * the benchmark dataset its cross-format copies share 104 to 125 of 128 kept terms, unrelated files at
 * most 22, and candidates are compared in full afterwards anyway. A file with fewer terms keeps them all.
 */
public final class FingerprintTerms {
    /** How many terms a file keeps at most. */
    public static final int KEPT = 128;

    private static final int DROPPED_LOW_BITS = 12;

    private FingerprintTerms() {}

    public static int[] of(int[] raw) {
        int[] terms = new int[raw.length];
        for (int i = 0; i < raw.length; i++) {
            terms[i] = raw[i] >>> DROPPED_LOW_BITS;
        }
        int[] distinct = Arrays.stream(terms).sorted().distinct().toArray();
        if (distinct.length <= KEPT) {
            return distinct;
        }
        // Hash in the high half, term in the low: sorting orders by hash, and the term comes back out.
        long[] byHash = new long[distinct.length];
        for (int i = 0; i < distinct.length; i++) {
            byHash[i] = (long) mix(distinct[i]) << Integer.SIZE | distinct[i];
        }
        Arrays.sort(byHash);
        int[] kept = new int[KEPT];
        for (int i = 0; i < KEPT; i++) {
            kept[i] = (int) byHash[i];
        }
        Arrays.sort(kept);
        return kept;
    }

    /** MurmurHash3's 32-bit finaliser, kept non-negative so that a signed sort orders it. */
    private static int mix(int term) {
        int h = term;
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h >>> 1;
    }
}
