package org.audioimport.index;

import java.util.ArrayList;
import java.util.List;

/** Checks the graph's invariants; run it only while no insert is in flight. */
final class GraphVerifier {
    private static final int MAX_PROBLEMS = 100;

    private final HnswGraph graph;
    private final IdRegistry registry;
    private final List<String> problems = new ArrayList<>();
    private final int count;

    GraphVerifier(HnswGraph graph, IdRegistry registry) {
        this.graph = graph;
        this.registry = registry;
        this.count = graph.allocated();
    }

    GraphCheck check() {
        checkTop();
        if (registry.size() != count) {
            report(registry.size() + " ids are registered for " + count + " nodes");
        }
        int[] links = new int[graph.maxDegree(0)];
        for (int node = 0; node < count && problems.size() < MAX_PROBLEMS; node++) {
            checkNode(node, links);
        }
        // The counts can only be checked against lists that are sound themselves.
        if (problems.isEmpty()) {
            checkInLinks(links);
        }
        return new GraphCheck(problems);
    }

    private void checkInLinks(int[] links) {
        int[] counted = new int[count];
        for (int node = 0; node < count; node++) {
            int size = graph.copyLinks(node, 0, links);
            for (int i = 0; i < size; i++) {
                if (links[i] >= 0 && links[i] < count) {
                    counted[links[i]]++;
                }
            }
        }
        for (int node = 0; node < count; node++) {
            if (graph.inLinks(node) != counted[node]) {
                report("node " + node + " is counted in " + graph.inLinks(node) + " layer 0 lists but is in "
                        + counted[node]);
            }
        }
    }

    private void checkTop() {
        long top = graph.top();
        int entry = HnswGraph.entryOf(top);
        int topLevel = HnswGraph.levelOf(top);
        if (count == 0) {
            if (entry != HnswGraph.NONE) {
                report("the empty graph has entry node " + entry);
            }
            return;
        }
        if (entry < 0 || entry >= count) {
            report("entry node " + entry + " does not exist");
            return;
        }
        if (graph.level(entry) != topLevel) {
            report("entry node " + entry + " has level " + graph.level(entry) + ", the top level is " + topLevel);
        }
        for (int node = 0; node < count; node++) {
            if (graph.level(node) > topLevel) {
                report("node " + node + " has level " + graph.level(node) + ", above the top level " + topLevel);
                return;
            }
        }
    }

    private void checkNode(int node, int[] links) {
        long id = graph.id(node);
        if (registry.nodeOf(id) != node) {
            report("node " + node + " has id " + id + ", which the registry puts at " + registry.nodeOf(id));
        }
        int level = graph.level(node);
        if (level < 0 || level > HnswGraph.MAX_LEVEL) {
            report("node " + node + " has level " + level);
            return;
        }
        int[] upper = graph.lists(node, 1);
        int upperLength = upper == null ? 0 : upper.length;
        if (upperLength != level * (graph.m() + 1)) {
            report("node " + node + " at level " + level + " has room for " + upperLength + " upper list ints");
            return;
        }
        float[] data = graph.vectors().data();
        int offset = graph.vectors().offset(node);
        for (int i = 0; i < graph.vectors().dimension(); i++) {
            if (!Float.isFinite(data[offset + i])) {
                report("node " + node + " has a vector component that is not finite");
                break;
            }
        }
        for (int layer = 0; layer <= level; layer++) {
            checkList(node, layer, links);
        }
    }

    private void checkList(int node, int layer, int[] links) {
        int[] lists = graph.lists(node, layer);
        int size = lists[graph.base(node, layer)];
        if (size < 0 || size > graph.maxDegree(layer)) {
            report("node " + node + " has " + size + " neighbours on layer " + layer + ", the limit is "
                    + graph.maxDegree(layer));
            return;
        }
        if (layer == 0 && size == 0 && count > 1) {
            report("node " + node + " has no neighbours on layer 0");
        }
        int copied = graph.copyLinks(node, layer, links);
        for (int i = 0; i < copied; i++) {
            int neighbour = links[i];
            String where = "node " + node + " on layer " + layer;
            if (neighbour < 0 || neighbour >= count) {
                report(where + " links to node " + neighbour + ", which does not exist");
            } else if (neighbour == node) {
                report(where + " links to itself");
            } else if (graph.level(neighbour) < layer) {
                report(where + " links to node " + neighbour + " of level " + graph.level(neighbour));
            }
            for (int j = 0; j < i; j++) {
                if (links[j] == neighbour) {
                    report(where + " links to node " + neighbour + " twice");
                }
            }
        }
    }

    private void report(String problem) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(problem);
        }
    }
}
