package org.audioimport.index;

import java.util.concurrent.locks.ReentrantLock;

/**
 * Inserts a node into the graph (Malkov and Yashunin, Algorithm 1): finds its neighbours layer by
 * layer, keeps a diverse few of them (Algorithm 4) and links them back, pruning lists that overflow.
 *
 * <p>Concurrency follows hnswlib: a thread holds one list's lock at a time, and a node that will become
 * the new top holds the top lock for its whole insert so no other node can take the top meanwhile.
 */
final class NodeLinker {
    private final HnswGraph graph;
    private final VectorStore vectors;
    private final LayerSearch search;
    private final ScratchPool scratches;
    private final int efConstruction;

    NodeLinker(HnswGraph graph, LayerSearch search, ScratchPool scratches, int efConstruction) {
        this.graph = graph;
        this.vectors = graph.vectors();
        this.search = search;
        this.scratches = scratches;
        this.efConstruction = efConstruction;
    }

    /** Inserts a checked vector under an id claimed for it; returns its node. */
    int insert(long id, float[] vector) {
        int level = graph.levelFor(id);
        int node = graph.allocate(id, level);
        vectors.put(node, vector);
        SearchScratch scratch = scratches.borrow();
        ReentrantLock topLock = graph.topLock();
        topLock.lock();
        boolean raisesTop = true;
        try {
            long top = graph.top();
            int topLevel = HnswGraph.levelOf(top);
            raisesTop = level > topLevel;
            if (!raisesTop) {
                topLock.unlock();
            }
            int entry = HnswGraph.entryOf(top);
            if (entry != HnswGraph.NONE) {
                link(node, level, entry, topLevel, scratch);
            }
            if (raisesTop) {
                graph.setTop(node, level);
            }
        } finally {
            if (raisesTop) {
                topLock.unlock();
            }
            scratches.giveBack(scratch);
        }
        return node;
    }

    /**
     * Chooses the node's neighbours on every layer, top down, before linking any of them back. A node is
     * reachable only through back-links, and another insert that reaches it on one layer goes on from it
     * to the layer below; were that list still empty, the other insert would link to this node alone there
     * and, once pruned out, be lost. Linking per layer as the paper does lost 5 to 12 of 7,600 nodes when
     * two threads inserted.
     */
    private void link(int node, int level, int entry, int topLevel, SearchScratch scratch) {
        float[] data = vectors.data();
        int offset = vectors.offset(node);
        int m = graph.m();
        int nearest = search.descend(data, offset, entry, topLevel, level, scratch);
        int lowestTop = Math.min(level, topLevel);
        for (int layer = lowestTop; layer >= 0; layer--) {
            search.searchLayer(data, offset, nearest, efConstruction, layer, null, scratch);
            int found = scratch.drainResults();
            nearest = scratch.orderedNodes[0];
            int count = selectDiverse(scratch.orderedNodes, scratch.orderedDistances, found, m, scratch.selected);
            graph.setLinks(node, layer, scratch.selected, count);
            System.arraycopy(scratch.selected, 0, scratch.chosen, layer * m, count);
            scratch.chosenCounts[layer] = count;
        }
        for (int layer = 0; layer <= lowestTop; layer++) {
            for (int i = 0; i < scratch.chosenCounts[layer]; i++) {
                linkBack(scratch.chosen[layer * m + i], node, layer, scratch);
            }
            if (layer == 0 && graph.inLinks(node) == 0) {
                forceLink(scratch.chosen[0], node, scratch);
            }
        }
    }

    /** Adds {@code node} to the list of {@code neighbour}, pruning the list if it is full. */
    private void linkBack(int neighbour, int node, int layer, SearchScratch scratch) {
        int[] lists = graph.lists(neighbour, layer);
        int base = graph.base(neighbour, layer);
        int max = graph.maxDegree(layer);
        synchronized (graph.lockOf(neighbour)) {
            if (linkedWithoutPruning(lists, base, node, max, layer)) {
                return;
            }
            int count = lists[base];
            int[] nodes = scratch.pruneNodes;
            float[] distances = scratch.pruneDistances;
            readNeighbours(neighbour, lists, base, nodes, distances);
            nodes[count] = node;
            distances[count] = vectors.distance(neighbour, node);
            sortByDistance(nodes, distances, count + 1);
            int[] kept = scratch.pruneKept;
            int keptCount = selectDiverse(nodes, distances, count + 1, max, kept);
            if (layer == 0) {
                keptCount = keepLastLinks(nodes, count + 1, node, kept, keptCount, max, scratch.pruneDropped);
            }
            System.arraycopy(kept, 0, lists, base + 1, keptCount);
            lists[base] = keptCount;
            if (layer == 0 && contains(kept, keptCount, node)) {
                graph.addInLink(node);
            }
        }
    }

    /**
     * Lets the old neighbours that the heuristic left out of a layer-0 list give up their link from it,
     * except a node for which it is the last link on layer 0: that one stays, in place of the farthest
     * kept node that has a link to spare.
     *
     * <p>The heuristic assumes a dropped node is reachable through the nearer one that displaced it, but
     * nothing makes sure of that. Without this, 8 of 30,000 clustered vectors (M 16, efConstruction 200)
     * ended up with no link to them, unreachable and never found, not even by their own vector.
     *
     * @return how many nodes {@code kept} holds now
     */
    private int keepLastLinks(
            int[] candidates, int count, int node, int[] kept, int keptCount, int max, int[] dropped) {
        // Listed first, as keeping one node can evict another from kept.
        int droppedCount = 0;
        for (int i = 0; i < count; i++) {
            if (candidates[i] != node && !contains(kept, keptCount, candidates[i])) {
                dropped[droppedCount++] = candidates[i];
            }
        }
        int size = keptCount;
        for (int i = 0; i < droppedCount; i++) {
            int candidate = dropped[i];
            if (graph.releaseInLink(candidate)) {
                continue;
            }
            if (size < max) {
                kept[size++] = candidate;
                continue;
            }
            int spare = farthestWithLinkToSpare(kept, size, node);
            if (spare >= 0) {
                kept[spare] = candidate;
            } else {
                graph.removeInLink(candidate);
            }
        }
        return size;
    }

    /**
     * The last of {@code nodes} that can do without this list's link to it, having taken that link away;
     * the new node, not counted as linked yet, can always. -1 if there is none.
     */
    private int farthestWithLinkToSpare(int[] nodes, int size, int node) {
        for (int i = size - 1; i >= 0; i--) {
            if (nodes[i] == node || graph.releaseInLink(nodes[i])) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Links {@code node}, which no neighbour kept on layer 0, from its nearest neighbour, in place of the
     * farthest node there that has a link to spare. The new node is far from all its neighbours compared
     * with their own neighbours: an outlier.
     */
    private void forceLink(int nearest, int node, SearchScratch scratch) {
        int[] lists = graph.lists(nearest, 0);
        int base = graph.base(nearest, 0);
        synchronized (graph.lockOf(nearest)) {
            // Another insert may have found the node meanwhile and linked it from here.
            if (linkedWithoutPruning(lists, base, node, graph.maxDegree(0), 0)) {
                return;
            }
            int count = lists[base];
            int[] nodes = scratch.pruneNodes;
            float[] distances = scratch.pruneDistances;
            readNeighbours(nearest, lists, base, nodes, distances);
            sortByDistance(nodes, distances, count);
            int spare = farthestWithLinkToSpare(nodes, count, node);
            if (spare >= 0) {
                nodes[spare] = node;
                System.arraycopy(nodes, 0, lists, base + 1, count);
                graph.addInLink(node);
            }
        }
    }

    /**
     * With the list's lock held: true when {@code node} is in the list at {@code base} already, or there was
     * room for it and it is now appended (an in-link on layer 0); false when the list is full and must be
     * pruned to take it.
     */
    private boolean linkedWithoutPruning(int[] lists, int base, int node, int max, int layer) {
        int count = lists[base];
        for (int i = 1; i <= count; i++) {
            if (lists[base + i] == node) {
                return true;
            }
        }
        if (count >= max) {
            return false;
        }
        lists[base + 1 + count] = node;
        lists[base] = count + 1;
        if (layer == 0) {
            graph.addInLink(node);
        }
        return true;
    }

    /** With the list's lock held: the list of {@code owner} at {@code base} into {@code nodes}, with their distances from it. */
    private void readNeighbours(int owner, int[] lists, int base, int[] nodes, float[] distances) {
        int count = lists[base];
        for (int i = 0; i < count; i++) {
            nodes[i] = lists[base + 1 + i];
            distances[i] = vectors.distance(owner, nodes[i]);
        }
    }

    private static boolean contains(int[] nodes, int size, int node) {
        for (int i = 0; i < size; i++) {
            if (nodes[i] == node) {
                return true;
            }
        }
        return false;
    }

    /**
     * The neighbour-selection heuristic (Algorithm 4, as hnswlib has it): going out from the nearest, keep a
     * candidate only if it is nearer to the base than to every candidate kept so far, so the links spread
     * in different directions instead of all into one cluster.
     *
     * @param nodes candidates, nearest first, with their {@code distances} to the base
     * @return how many it wrote to {@code kept}, at most {@code max}
     */
    private int selectDiverse(int[] nodes, float[] distances, int count, int max, int[] kept) {
        if (count <= max) {
            System.arraycopy(nodes, 0, kept, 0, count);
            return count;
        }
        int chosen = 0;
        for (int i = 0; i < count && chosen < max; i++) {
            int candidate = nodes[i];
            boolean diverse = true;
            for (int j = 0; j < chosen; j++) {
                if (vectors.distance(candidate, kept[j]) < distances[i]) {
                    diverse = false;
                    break;
                }
            }
            if (diverse) {
                kept[chosen++] = candidate;
            }
        }
        return chosen;
    }

    // Insertion sort: the lists hold a few dozen nodes.
    private static void sortByDistance(int[] nodes, float[] distances, int count) {
        for (int i = 1; i < count; i++) {
            int node = nodes[i];
            float distance = distances[i];
            int j = i - 1;
            while (j >= 0 && distances[j] > distance) {
                nodes[j + 1] = nodes[j];
                distances[j + 1] = distances[j];
                j--;
            }
            nodes[j + 1] = node;
            distances[j + 1] = distance;
        }
    }
}
