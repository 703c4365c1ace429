package org.audioimport.index;

/**
 * An open-addressing map from long keys to int values, sized once for a known number of entries so it
 * never rehashes; no boxing. Not thread-safe.
 */
final class LongIntMap {
    static final int MISSING = -1;

    private final long[] keys;
    private final int[] values;
    private final int mask;
    private int size;

    /** A map for up to {@code maxEntries}, kept at most half full so probes stay short. */
    LongIntMap(int maxEntries) {
        int table = Integer.highestOneBit(Math.max(2, maxEntries) * 2 - 1) << 1;
        keys = new long[table];
        values = new int[table];
        mask = table - 1;
        java.util.Arrays.fill(values, MISSING);
    }

    int size() {
        return size;
    }

    /** The value for {@code key}, or {@link #MISSING}. */
    int get(long key) {
        for (int i = home(key); ; i = (i + 1) & mask) {
            if (values[i] == MISSING) {
                return MISSING;
            }
            if (keys[i] == key) {
                return values[i];
            }
        }
    }

    /** Sets the value for {@code key}, which must not be {@link #MISSING}. */
    void put(long key, int value) {
        if (value == MISSING) {
            throw new IllegalArgumentException("the value " + MISSING + " marks a free slot");
        }
        int i = home(key);
        while (values[i] != MISSING && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (values[i] == MISSING) {
            if (size * 2 >= keys.length) {
                throw new IllegalStateException("the map is full: " + size + " entries");
            }
            size++;
        }
        keys[i] = key;
        values[i] = value;
    }

    /** Removes {@code key} if present, shifting back later entries of its probe run so lookups stay exact. */
    void remove(long key) {
        int hole = home(key);
        while (values[hole] != MISSING && keys[hole] != key) {
            hole = (hole + 1) & mask;
        }
        if (values[hole] == MISSING) {
            return;
        }
        size--;
        for (int i = (hole + 1) & mask; values[i] != MISSING; i = (i + 1) & mask) {
            int home = home(keys[i]);
            boolean homeBetweenHoleAndEntry = hole <= i ? hole < home && home <= i : hole < home || home <= i;
            if (!homeBetweenHoleAndEntry) {
                keys[hole] = keys[i];
                values[hole] = values[i];
                hole = i;
            }
        }
        values[hole] = MISSING;
    }

    long bytes() {
        return 12L * keys.length;
    }

    private int home(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
