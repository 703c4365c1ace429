package org.audioimport.segment;

/**
 * The largest of the values pushed at positions {@code from} onwards, with {@code from} never
 * going back: a monotonic deque, in amortised constant time per value where a scan of the span
 * would cost its length. A value followed by one at least as large can never be the answer again,
 * so it is dropped; the values held decrease from the oldest to the newest, and the oldest still
 * in range is the maximum.
 */
final class SlidingMaximum {
    private int[] positions = new int[1];
    private float[] values = new float[1];
    private int head;
    private int size;

    /** Empties it, for spans of up to {@code span} positions between {@code from} and the newest. */
    void reset(int span) {
        if (positions.length < span) {
            positions = new int[span];
            values = new float[span];
        }
        head = 0;
        size = 0;
    }

    /** Adds {@code value} at {@code position}, after every position pushed so far. */
    void push(int position, float value) {
        while (size > 0 && values[slot(size - 1)] <= value) {
            size--;
        }
        int at = slot(size++);
        positions[at] = position;
        values[at] = value;
    }

    /** The largest value at positions {@code from} or later; -1 when none. Forgets those before. */
    float maxFrom(int from) {
        while (size > 0 && positions[head] < from) {
            head = (head + 1) % positions.length;
            size--;
        }
        return size > 0 ? values[head] : -1;
    }

    private int slot(int index) {
        return (head + index) % positions.length;
    }
}
