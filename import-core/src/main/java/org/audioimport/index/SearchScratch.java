package org.audioimport.index;

/**
 * The working memory of one search or insert, reused from a {@link ScratchPool} so the hot path does
 * not allocate.
 */
final class SearchScratch {
    final VisitedSet visited;
    final NodeHeap candidates;
    final NodeHeap results;
    /** One neighbour list, copied out under its lock. */
    final int[] links;
    /** A layer's results, nearest first: what an insert picks its neighbours from. */
    final int[] orderedNodes;

    final float[] orderedDistances;
    final int[] selected;
    /** An insert's chosen neighbours, {@code m} places per layer, and how many it chose on each. */
    final int[] chosen;

    final int[] chosenCounts;
    /** A full neighbour list plus the new node, while an insert prunes it. */
    final int[] pruneNodes;

    final float[] pruneDistances;
    final int[] pruneKept;
    final int[] pruneDropped;
    /** Where a search leaves the floats it read only to pull vectors into the cache, so the JIT keeps the reads. */
    float sink;

    SearchScratch(int capacity, int m, int efConstruction) {
        int maxDegree = 2 * m;
        visited = new VisitedSet(capacity);
        candidates = new NodeHeap(efConstruction + 1);
        results = new NodeHeap(efConstruction + 1);
        links = new int[maxDegree];
        orderedNodes = new int[efConstruction + 1];
        orderedDistances = new float[efConstruction + 1];
        selected = new int[m];
        chosen = new int[(HnswGraph.MAX_LEVEL + 1) * m];
        chosenCounts = new int[HnswGraph.MAX_LEVEL + 1];
        pruneNodes = new int[maxDegree + 1];
        pruneDistances = new float[maxDegree + 1];
        pruneKept = new int[maxDegree];
        pruneDropped = new int[maxDegree + 1];
    }

    /**
     * Empties {@link #results} into {@link #orderedNodes} and {@link #orderedDistances}, nearest first.
     *
     * @return how many it wrote
     */
    int drainResults() {
        int count = results.size();
        for (int i = count - 1; i >= 0; i--) {
            orderedNodes[i] = results.topNode();
            orderedDistances[i] = results.topKey();
            results.pop();
        }
        return count;
    }

    long bytes() {
        return visited.bytes()
                + candidates.bytes()
                + results.bytes()
                + 4L
                        * (links.length
                                + 2 * orderedNodes.length
                                + selected.length
                                + chosen.length
                                + chosenCounts.length
                                + 2 * pruneNodes.length
                                + pruneKept.length
                                + pruneDropped.length);
    }
}
