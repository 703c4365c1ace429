package org.audioimport.index;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The graph's storage: each node's id, level, vector and neighbour lists, the striped locks that guard
 * the lists, and the entry point. Nodes are numbered densely from 0 in the order inserts claim them.
 *
 * <p>A neighbour list is a count followed by up to the layer's degree of node numbers. Layer 0 lists sit
 * in one int array for all nodes; a node above layer 0 has one more array for its upper lists.
 */
final class HnswGraph {
    static final int NONE = -1;
    static final int MAX_LEVEL = 30;
    private static final int MAX_STRIPES = 4096;
    private static final long LEVEL_SEED = 0x5DEECE66DL;

    private final VectorStore vectors;
    private final int m;
    private final int maxDegree0;
    private final double levelMultiplier;
    private final long[] ids;
    private final byte[] levels;
    private final int[] layer0;
    private final int[][] upperLayers;
    /** How many layer-0 lists hold each node; atomic, as the lists that hold a node have different locks. */
    private final AtomicIntegerArray inLinks;
    /** A thread holds at most one stripe at a time, and takes the top lock before any stripe. */
    private final Object[] stripes;

    private final AtomicInteger allocated = new AtomicInteger();
    private final ReentrantLock topLock = new ReentrantLock();
    /** The entry node and the top level, packed so a reader sees both from the same moment. */
    private volatile long top = packTop(NONE, -1);

    HnswGraph(HnswSettings settings) {
        int capacity = settings.capacity();
        vectors = new VectorStore(settings.metric(), settings.dimension(), capacity);
        m = settings.m();
        maxDegree0 = settings.maxDegree0();
        levelMultiplier = 1 / Math.log(m);
        ids = new long[capacity];
        levels = new byte[capacity];
        layer0 = new int[capacity * (maxDegree0 + 1)];
        upperLayers = new int[capacity][];
        inLinks = new AtomicIntegerArray(capacity);
        stripes = new Object[Math.min(MAX_STRIPES, Integer.highestOneBit(capacity * 2 - 1))];
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new Object();
        }
    }

    VectorStore vectors() {
        return vectors;
    }

    int m() {
        return m;
    }

    int maxDegree(int layer) {
        return layer == 0 ? maxDegree0 : m;
    }

    /** Nodes allocated so far; an insert in flight may still be linking the last few. */
    int allocated() {
        return allocated.get();
    }

    /**
     * The level of a new node: -ln(U) / ln(m), rounded down, as in the paper, with U drawn from a hash
     * of the id so that building the same ids gives the same levels.
     */
    int levelFor(long id) {
        long h = id ^ LEVEL_SEED;
        h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
        h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
        h ^= h >>> 31;
        double uniform = ((h >>> 11) + 1) * 0x1.0p-53;
        return (int) Math.min(MAX_LEVEL, -Math.log(uniform) * levelMultiplier);
    }

    /** Takes the next node for {@code id} at {@code level}; its lists start empty. */
    int allocate(long id, int level) {
        int node = allocated.getAndIncrement();
        ids[node] = id;
        levels[node] = (byte) level;
        if (level > 0) {
            upperLayers[node] = new int[level * (m + 1)];
        }
        return node;
    }

    long id(int node) {
        return ids[node];
    }

    int level(int node) {
        return levels[node];
    }

    long top() {
        return top;
    }

    static int entryOf(long top) {
        return (int) top;
    }

    static int levelOf(long top) {
        return (int) (top >> 32);
    }

    ReentrantLock topLock() {
        return topLock;
    }

    void setTop(int entry, int level) {
        top = packTop(entry, level);
    }

    /** Copies the neighbours of {@code node} on {@code layer} into {@code into}; returns how many. */
    int copyLinks(int node, int layer, int[] into) {
        int[] lists = lists(node, layer);
        int base = base(node, layer);
        synchronized (lockOf(node)) {
            int count = lists[base];
            System.arraycopy(lists, base + 1, into, 0, count);
            return count;
        }
    }

    void setLinks(int node, int layer, int[] from, int count) {
        int[] lists = lists(node, layer);
        int base = base(node, layer);
        synchronized (lockOf(node)) {
            if (layer == 0) {
                for (int i = 1; i <= lists[base]; i++) {
                    inLinks.decrementAndGet(lists[base + i]);
                }
                for (int i = 0; i < count; i++) {
                    inLinks.incrementAndGet(from[i]);
                }
            }
            System.arraycopy(from, 0, lists, base + 1, count);
            lists[base] = count;
        }
    }

    /** How many layer-0 lists hold {@code node}. */
    int inLinks(int node) {
        return inLinks.get(node);
    }

    /** Counts one more layer-0 list holding {@code node}. */
    void addInLink(int node) {
        inLinks.incrementAndGet(node);
    }

    /**
     * Counts one layer-0 list less holding {@code node}, unless it was the only one.
     *
     * @return whether it counted: the caller must then take {@code node} out of that list
     */
    boolean releaseInLink(int node) {
        while (true) {
            int links = inLinks.get(node);
            if (links <= 1) {
                return false;
            }
            if (inLinks.compareAndSet(node, links, links - 1)) {
                return true;
            }
        }
    }

    /** Counts one layer-0 list less holding {@code node}, even the last one. */
    void removeInLink(int node) {
        inLinks.decrementAndGet(node);
    }

    /** The lock to hold while reading or changing the lists of {@code node} in place. */
    Object lockOf(int node) {
        return stripes[node & (stripes.length - 1)];
    }

    /** The array holding the list of {@code node} on {@code layer}: its count at {@link #base}, then its nodes. */
    int[] lists(int node, int layer) {
        return layer == 0 ? layer0 : upperLayers[node];
    }

    int base(int node, int layer) {
        return layer == 0 ? node * (maxDegree0 + 1) : (layer - 1) * (m + 1);
    }

    /** Arrays sized by capacity count in full; upper lists as allocated. */
    long bytes() {
        long bytes = 4L * layer0.length
                + 8L * ids.length
                + levels.length
                + 4L * upperLayers.length
                + 4L * inLinks.length()
                + 16L * stripes.length;
        int count = allocated.get();
        for (int node = 0; node < count; node++) {
            int[] upper = upperLayers[node];
            if (upper != null) {
                bytes += 16 + 4L * upper.length;
            }
        }
        return bytes;
    }

    private static long packTop(int entry, int level) {
        return ((long) level << 32) | (entry & 0xFFFF_FFFFL);
    }
}
