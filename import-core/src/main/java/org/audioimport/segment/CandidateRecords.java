package org.audioimport.segment;

import java.util.Arrays;

/**
 * For some windows, the samples that could be a passage boundary: each as its offset in the window
 * and its magnitude. Windows are added in increasing order, each once.
 *
 * <p>For a start candidate the records are the prefix maxima (each louder than every earlier one
 * in the window), in window order: the first record that reaches a threshold is the window's
 * first sample that reaches it. For an end candidate they are the suffix maxima, scanned from
 * the window's end: the first record that reaches a threshold is the window's last sample that
 * reaches it.
 */
final class CandidateRecords {
    private int[] windows = new int[16];
    private int[] firstRecord = new int[17];
    private int[] offsets = new int[64];
    private float[] magnitudes = new float[64];
    private int count;

    void clear() {
        count = 0;
        firstRecord[0] = 0;
    }

    /** Opens the records of {@code window}; {@link #add} then appends to it. */
    void open(int window) {
        if (count + 1 >= windows.length) {
            windows = Arrays.copyOf(windows, windows.length * 2);
            firstRecord = Arrays.copyOf(firstRecord, windows.length + 1);
        }
        windows[count] = window;
        firstRecord[count + 1] = firstRecord[count];
        count++;
    }

    void add(int offset, float magnitude) {
        int end = firstRecord[count];
        if (end == offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
            magnitudes = Arrays.copyOf(magnitudes, offsets.length);
        }
        offsets[end] = offset;
        magnitudes[end] = magnitude;
        firstRecord[count] = end + 1;
    }

    /**
     * Offset in {@code window} of the first record whose magnitude reaches {@code threshold}.
     *
     * @throws IllegalStateException the window has no such record: the caller asked about a
     *                               window that cannot be a boundary (a bug)
     */
    int offsetReaching(int window, float threshold) {
        int i = Arrays.binarySearch(windows, 0, count, window);
        if (i >= 0) {
            for (int r = firstRecord[i]; r < firstRecord[i + 1]; r++) {
                if (magnitudes[r] >= threshold) {
                    return offsets[r];
                }
            }
        }
        throw new IllegalStateException("no boundary record reaching " + threshold + " in window " + window);
    }

    /** Records held, for tests of the memory bound. */
    int size() {
        return firstRecord[count];
    }
}
