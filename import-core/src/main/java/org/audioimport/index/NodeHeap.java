package org.audioimport.index;

import java.util.Arrays;

/**
 * A binary max-heap of (node, key) pairs on parallel primitive arrays; it grows but never shrinks, so a
 * reused heap stops allocating. Push negated distances to use it as a min-heap.
 */
final class NodeHeap {
    private int[] nodes;
    private float[] keys;
    private int size;

    NodeHeap(int initialCapacity) {
        nodes = new int[initialCapacity];
        keys = new float[initialCapacity];
    }

    void clear() {
        size = 0;
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    int topNode() {
        return nodes[0];
    }

    float topKey() {
        return keys[0];
    }

    void push(int node, float key) {
        if (size == nodes.length) {
            nodes = Arrays.copyOf(nodes, size * 2);
            keys = Arrays.copyOf(keys, size * 2);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (keys[parent] >= key) {
                break;
            }
            nodes[i] = nodes[parent];
            keys[i] = keys[parent];
            i = parent;
        }
        nodes[i] = node;
        keys[i] = key;
    }

    void pop() {
        int last = --size;
        if (last > 0) {
            siftDown(nodes[last], keys[last]);
        }
    }

    /** Pops the top and pushes (node, key) in one pass. */
    void replaceTop(int node, float key) {
        siftDown(node, key);
    }

    private void siftDown(int node, float key) {
        int i = 0;
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            if (child + 1 < size && keys[child + 1] > keys[child]) {
                child++;
            }
            if (key >= keys[child]) {
                break;
            }
            nodes[i] = nodes[child];
            keys[i] = keys[child];
            i = child;
        }
        nodes[i] = node;
        keys[i] = key;
    }

    long bytes() {
        return 8L * nodes.length;
    }
}
