package org.audioimport.index;

import java.util.Arrays;

/**
 * The nodes one search has visited, as a stamp per node: starting a search bumps the stamp instead of
 * clearing the array, so a reused set costs nothing to reset.
 */
final class VisitedSet {
    private final int[] stamps;
    private int stamp;

    VisitedSet(int capacity) {
        stamps = new int[capacity];
    }

    void startSearch() {
        stamp++;
        if (stamp == 0) {
            Arrays.fill(stamps, 0);
            stamp = 1;
        }
    }

    /** Marks {@code node} visited; returns true if it was not visited yet in this search. */
    boolean visit(int node) {
        if (stamps[node] == stamp) {
            return false;
        }
        stamps[node] = stamp;
        return true;
    }

    long bytes() {
        return 4L * stamps.length;
    }
}
