package org.audioimport.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Builds small graphs by hand, then breaks one invariant at a time. */
class GraphVerifierTest {
    private final HnswSettings settings = new HnswSettings(2, Metric.L2, 10, 2, 10, 10, 1);
    private HnswGraph graph;
    private IdRegistry registry;

    @BeforeEach
    void threeNodesInALine() {
        graph = new HnswGraph(settings);
        registry = new IdRegistry(settings.capacity());
        for (int node = 0; node < 3; node++) {
            graph.allocate(100 + node, 0);
            registry.restore(100 + node, node);
            graph.vectors().put(node, new float[] {node, 0});
        }
        graph.setLinks(0, 0, new int[] {1}, 1);
        graph.setLinks(1, 0, new int[] {0, 2}, 2);
        graph.setLinks(2, 0, new int[] {1}, 1);
        graph.setTop(0, 0);
    }

    @Test
    void findsNothingWrongWithASoundGraph() {
        assertEquals(List.of(), check());
    }

    @Test
    void reportsASelfLink() {
        graph.setLinks(2, 0, new int[] {1, 2}, 2);

        assertEquals(List.of("node 2 on layer 0 links to itself"), check());
    }

    @Test
    void reportsALinkToANodeThatDoesNotExist() {
        graph.setLinks(0, 0, new int[] {1, 7}, 2);

        assertEquals(List.of("node 0 on layer 0 links to node 7, which does not exist"), check());
    }

    @Test
    void reportsAListAboveTheDegreeLimit() {
        graph.lists(1, 0)[graph.base(1, 0)] = 5;

        assertEquals(List.of("node 1 has 5 neighbours on layer 0, the limit is 4"), check());
    }

    @Test
    void reportsALinkToANodeBelowTheLayer() {
        int high = graph.allocate(103, 1);
        registry.restore(103, high);
        graph.setLinks(high, 0, new int[] {0}, 1);
        graph.setLinks(high, 1, new int[] {1}, 1);
        graph.setTop(high, 1);

        assertEquals(List.of("node 3 on layer 1 links to node 1 of level 0"), check());
    }

    @Test
    void reportsAnEntryNodeBelowTheTopLevel() {
        graph.setTop(1, 2);

        assertTrue(check().contains("entry node 1 has level 0, the top level is 2"), check()::toString);
    }

    @Test
    void reportsANodeTheRegistryDoesNotKnow() {
        graph.allocate(555, 0);
        graph.setLinks(3, 0, new int[] {2}, 1);

        List<String> problems = check();

        assertTrue(problems.contains("node 3 has id 555, which the registry puts at -1"), problems::toString);
    }

    private List<String> check() {
        return new GraphVerifier(graph, registry).check().problems();
    }
}
