package org.audioimport.index;

/**
 * Which catalogue ids the index holds, at which node, and which ids inserts running now have claimed.
 * Claiming every id of a batch in one step is what lets a batch be refused whole.
 */
final class IdRegistry {
    private static final int PENDING = -2;

    private final LongIntMap nodes;
    private final int capacity;
    private int claimed;
    private int completed;

    IdRegistry(int capacity) {
        this.capacity = capacity;
        this.nodes = new LongIntMap(capacity);
    }

    /**
     * Claims all of {@code ids} for an insert, or none of them.
     *
     * @throws IndexException if an id is indexed or claimed already, or the ids do not fit
     */
    synchronized void claim(long[] ids) throws IndexException {
        for (int item = 0; item < ids.length; item++) {
            if (nodes.get(ids[item]) != LongIntMap.MISSING) {
                throw new IndexException(new IndexError.AlreadyIndexed(item, ids[item]));
            }
        }
        if (ids.length > capacity - claimed) {
            throw new IndexException(new IndexError.CapacityExceeded(capacity, claimed, ids.length));
        }
        for (long id : ids) {
            nodes.put(id, PENDING);
        }
        claimed += ids.length;
    }

    /** Records that the claimed {@code id} is now in the graph at {@code node}. */
    synchronized void complete(long id, int node) {
        if (nodes.get(id) != PENDING) {
            throw new IllegalStateException("id " + id + " was not claimed");
        }
        nodes.put(id, node);
        completed++;
    }

    /** Gives back every id of {@code ids} that is claimed but was never inserted. */
    synchronized void releaseUnfinished(long[] ids) {
        for (long id : ids) {
            if (nodes.get(id) == PENDING) {
                nodes.remove(id);
                claimed--;
            }
        }
    }

    /**
     * Records a node read from a file.
     *
     * @return false if the id is there already
     */
    synchronized boolean restore(long id, int node) {
        if (nodes.get(id) != LongIntMap.MISSING) {
            return false;
        }
        nodes.put(id, node);
        claimed++;
        completed++;
        return true;
    }

    /** The node holding {@code id}, or -1 if it is not (yet) in the graph. */
    synchronized int nodeOf(long id) {
        int node = nodes.get(id);
        return node == PENDING ? -1 : node;
    }

    synchronized int size() {
        return completed;
    }

    long bytes() {
        return nodes.bytes();
    }
}
