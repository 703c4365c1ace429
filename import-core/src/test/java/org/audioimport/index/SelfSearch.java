package org.audioimport.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Finds which vectors a search for their own vector misses: the sign of a node lost from the graph.
 *
 * <p>A search at an everyday ef can pass by a node that is still linked into the graph (one stress
 * test run in 25 missed one of 7,600 nodes at ef 64, found at ef 1,000), so a miss is searched again wide
 * enough to reach any linked node. Only a node no search can reach counts as lost.
 */
final class SelfSearch {
    private static final int EVERYDAY_EF = 64;
    private static final int WIDE_EF = 2_000;

    private SelfSearch() {}

    /** The ids of {@code items} that a search for their own vector does not find. */
    static List<Long> lost(VectorIndex index, Collection<IndexItem> items) throws IndexException {
        List<Long> lost = new ArrayList<>();
        for (IndexItem item : items) {
            if (!finds(index, item, 1)) {
                lost.add(item.id());
            }
        }
        return lost;
    }

    /** Whether a search for the item's vector finds it among the {@code copies} nearest. */
    static boolean finds(VectorIndex index, IndexItem item, int copies) throws IndexException {
        return findsAt(index, item, copies, EVERYDAY_EF) || findsAt(index, item, copies, WIDE_EF);
    }

    private static boolean findsAt(VectorIndex index, IndexItem item, int k, int ef) throws IndexException {
        return index.search(item.vector(), k, ef, id -> true).stream().anyMatch(n -> n.id() == item.id());
    }
}
