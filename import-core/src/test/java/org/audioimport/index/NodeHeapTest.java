package org.audioimport.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NodeHeapTest {

    @Test
    void popsKeysLargestFirstAndGrowsPastItsFirstCapacity() {
        SplittableRandom random = new SplittableRandom(2);
        NodeHeap heap = new NodeHeap(4);
        float[] keys = new float[1_000];
        for (int node = 0; node < keys.length; node++) {
            keys[node] = random.nextFloat();
            heap.push(node, keys[node]);
        }
        Arrays.sort(keys);

        for (int i = keys.length - 1; i >= 0; i--) {
            assertEquals(keys[i], heap.topKey());
            heap.pop();
        }
        assertEquals(0, heap.size());
    }

    @Test
    void replaceTopKeepsTheSmallestKeys() {
        NodeHeap heap = new NodeHeap(4);
        for (int node = 0; node < 3; node++) {
            heap.push(node, 10 + node);
        }
        heap.replaceTop(7, 1);
        heap.replaceTop(8, 11.5f);

        assertEquals(11.5f, heap.topKey());
        assertEquals(8, heap.topNode());
        heap.pop();
        assertEquals(10, heap.topKey());
        heap.pop();
        assertEquals(1, heap.topKey());
        assertEquals(7, heap.topNode());
    }
}
