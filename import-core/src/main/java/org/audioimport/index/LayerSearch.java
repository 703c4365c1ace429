package org.audioimport.index;

import java.util.List;
import java.util.function.LongPredicate;

/** Walks the graph towards a query: greedily down the upper layers, then a best-first search of one layer. */
final class LayerSearch {
    private final HnswGraph graph;
    private final VectorStore vectors;
    private final ScratchPool scratches;

    LayerSearch(HnswGraph graph, ScratchPool scratches) {
        this.graph = graph;
        this.vectors = graph.vectors();
        this.scratches = scratches;
    }

    /** The {@code k} nearest nodes whose id passes {@code filter}, nearest first (Algorithm 5). */
    List<Neighbour> nearest(float[] query, int k, int ef, LongPredicate filter) {
        long top = graph.top();
        int entry = HnswGraph.entryOf(top);
        if (entry == HnswGraph.NONE) {
            return List.of();
        }
        SearchScratch scratch = scratches.borrow();
        try {
            int start = descend(query, 0, entry, HnswGraph.levelOf(top), 0, scratch);
            searchLayer(query, 0, start, ef, 0, filter, scratch);
            return toNeighbours(scratch.results, k);
        } finally {
            scratches.giveBack(scratch);
        }
    }

    /** The true {@code k} nearest of the first {@code count} nodes whose id passes {@code filter}. */
    List<Neighbour> exact(float[] query, int k, LongPredicate filter, int count) {
        NodeHeap nearest = new NodeHeap(Math.min(k, count) + 1);
        for (int node = 0; node < count; node++) {
            if (!filter.test(graph.id(node))) {
                continue;
            }
            float distance = vectors.distance(query, 0, node);
            if (nearest.size() < k) {
                nearest.push(node, distance);
            } else if (distance < nearest.topKey()) {
                nearest.replaceTop(node, distance);
            }
        }
        return toNeighbours(nearest, k);
    }

    /**
     * Moves greedily from {@code entry} to the nearest node it can reach on each layer from
     * {@code fromLayer} down to, not including, {@code toLayer}; returns where it stopped.
     */
    int descend(float[] query, int queryOffset, int entry, int fromLayer, int toLayer, SearchScratch scratch) {
        int current = entry;
        float currentDistance = vectors.distance(query, queryOffset, current);
        int[] links = scratch.links;
        for (int layer = fromLayer; layer > toLayer; layer--) {
            boolean moved = true;
            while (moved) {
                moved = false;
                int count = graph.copyLinks(current, layer, links);
                for (int i = 0; i < count; i++) {
                    float distance = vectors.distance(query, queryOffset, links[i]);
                    if (distance < currentDistance) {
                        current = links[i];
                        currentDistance = distance;
                        moved = true;
                    }
                }
            }
        }
        return current;
    }

    /**
     * Best-first search of one layer from {@code entry} (Algorithm 2), leaving the {@code ef} nearest
     * nodes that pass {@code filter} in {@code scratch.results}, a max-heap on distance. Nodes the
     * filter rejects are still walked through, so a filter does not cut the graph apart.
     *
     * @param filter the ids to keep, or null to keep all: inserts pass null to skip a call per node
     */
    void searchLayer(
            float[] query, int queryOffset, int entry, int ef, int layer, LongPredicate filter, SearchScratch scratch) {
        VisitedSet visited = scratch.visited;
        NodeHeap candidates = scratch.candidates;
        NodeHeap results = scratch.results;
        int[] links = scratch.links;
        visited.startSearch();
        candidates.clear();
        results.clear();

        float entryDistance = vectors.distance(query, queryOffset, entry);
        visited.visit(entry);
        candidates.push(entry, -entryDistance);
        if (filter == null || filter.test(graph.id(entry))) {
            results.push(entry, entryDistance);
        }
        // A node must come nearer than this to be worth a look; there is room for any until ef are found.
        float bound = results.size() >= ef ? results.topKey() : Float.POSITIVE_INFINITY;
        while (!candidates.isEmpty()) {
            float candidateDistance = -candidates.topKey();
            if (candidateDistance > bound) {
                break;
            }
            int candidate = candidates.topNode();
            candidates.pop();
            int count = graph.copyLinks(candidate, layer, links);
            // Reading one float per cache line of every unvisited neighbour first lets their cache misses
            // overlap, where the distance loop would wait out each in turn; JFR put 70% of a query in the
            // distance loop, and touching first cut query time by about 30% on 100,000 vectors.
            int fresh = 0;
            float touched = 0;
            for (int i = 0; i < count; i++) {
                int node = links[i];
                if (visited.visit(node)) {
                    links[fresh++] = node;
                    touched += vectors.touch(node);
                }
            }
            scratch.sink = touched;
            for (int i = 0; i < fresh; i++) {
                int node = links[i];
                float distance = vectors.distance(query, queryOffset, node);
                if (distance < bound) {
                    candidates.push(node, -distance);
                    if (filter == null || filter.test(graph.id(node))) {
                        if (results.size() < ef) {
                            results.push(node, distance);
                        } else {
                            results.replaceTop(node, distance);
                        }
                        if (results.size() >= ef) {
                            bound = results.topKey();
                        }
                    }
                }
            }
        }
    }

    private List<Neighbour> toNeighbours(NodeHeap results, int k) {
        while (results.size() > k) {
            results.pop();
        }
        Neighbour[] nearestFirst = new Neighbour[results.size()];
        for (int i = nearestFirst.length - 1; i >= 0; i--) {
            nearestFirst[i] = new Neighbour(graph.id(results.topNode()), results.topKey());
            results.pop();
        }
        return List.of(nearestFirst);
    }
}
