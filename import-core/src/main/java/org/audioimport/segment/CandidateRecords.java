package org.audioimport.segment;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * For some windows, the samples that could be a passage boundary: each as its offset in the window
 * and its magnitude. Records are added window by window in increasing order.
 *
 * <p>For a start candidate the records are the prefix maxima of the window above the peak of the
 * windows before it (each louder than every earlier one): the first sample of the window to reach
 * a threshold above that level is the smallest offset among the records that reach it. For an end
 * candidate they are the suffix maxima, scanned from the window's end: the last sample to reach the
 * threshold is the largest offset among the records that reach it.
 *
 * <p>Each window's records carry that level, the loudest of the neighbours they were compared
 * with: only a threshold above it can ever ask for them. The records are bounded: past {@value
 * #MAX_WINDOWS} windows or {@value #MAX_RECORDS} records, first the windows whose every record is under
 * the lowest threshold the file can still have are forgotten (no threshold will ask for them), then those
 * of the windows with the highest levels are dropped, and {@link #droppedLevel()} remembers the lowest
 * level dropped. A threshold at or below it never needed what was dropped.
 */
final class CandidateRecords {
    static final int MAX_WINDOWS = 1024;
    static final int MAX_RECORDS = 4096;

    private final int[] windows = new int[MAX_WINDOWS];
    private final float[] levels = new float[MAX_WINDOWS];
    private final int[] firstRecord = new int[MAX_WINDOWS + 1];
    /** Room for the bound plus one more window's records: 4,096 frames, 10 ms at 384 kHz. */
    private int[] offsets = new int[2 * MAX_RECORDS];

    private float[] magnitudes = new float[2 * MAX_RECORDS];
    private int count;
    private float droppedLevel;

    void clear() {
        count = 0;
        firstRecord[0] = 0;
        droppedLevel = Float.POSITIVE_INFINITY;
    }

    /**
     * Opens the records of {@code window}, compared with neighbours as loud as {@code level}; {@link
     * #add} then appends to it. A window already open (the last one) goes on taking records, at the
     * lower of the two levels. {@code lowest} is the lowest threshold the file can still have.
     */
    void open(int window, float level, float lowest) {
        if (count > 0 && windows[count - 1] == window) {
            levels[count - 1] = Math.min(levels[count - 1], level);
            return;
        }
        if (count == MAX_WINDOWS) {
            forgetUnder(lowest);
        }
        if (count == MAX_WINDOWS) {
            dropLoudest();
        }
        windows[count] = window;
        levels[count] = level;
        firstRecord[count + 1] = firstRecord[count];
        count++;
    }

    void add(int offset, float magnitude) {
        int end = firstRecord[count];
        if (end == offsets.length) {
            // Only a window of more than 4,096 frames (a rate above 409.6 kHz) gets here.
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
            magnitudes = Arrays.copyOf(magnitudes, offsets.length);
        }
        offsets[end] = offset;
        magnitudes[end] = magnitude;
        firstRecord[count] = end + 1;
    }

    /**
     * After the last record of a window: if there are too many, forgets the windows no threshold from
     * {@code lowest} up can ask for, then drops the loudest windows' records.
     */
    void bound(float lowest) {
        if (firstRecord[count] > MAX_RECORDS) {
            forgetUnder(lowest);
        }
        while (firstRecord[count] > MAX_RECORDS) {
            dropLoudest();
        }
    }

    /** Forgets the windows whose every record is under {@code lowest}: nothing a boundary can need. */
    private void forgetUnder(float lowest) {
        keepWindows(i -> loudestRecord(i) >= lowest);
    }

    private float loudestRecord(int window) {
        float loudest = Float.NEGATIVE_INFINITY;
        for (int r = firstRecord[window]; r < firstRecord[window + 1]; r++) {
            loudest = Math.max(loudest, magnitudes[r]);
        }
        return loudest;
    }

    /**
     * Keeps the windows whose level is below the median level (at least one window dropped): the
     * records a low threshold needs, the boundaries after and before real silences, stay.
     */
    private void dropLoudest() {
        float[] sorted = Arrays.copyOf(levels, count);
        Arrays.sort(sorted);
        float cut = sorted[count / 2];
        keepWindows(i -> {
            if (levels[i] >= cut) {
                droppedLevel = Math.min(droppedLevel, levels[i]);
                return false;
            }
            return true;
        });
    }

    /** Keeps the windows {@code kept} accepts, with their records, in order. */
    private void keepWindows(IntPredicate kept) {
        int keptCount = 0;
        int record = 0;
        for (int i = 0; i < count; i++) {
            int from = firstRecord[i];
            int to = firstRecord[i + 1];
            if (!kept.test(i)) {
                continue;
            }
            windows[keptCount] = windows[i];
            levels[keptCount] = levels[i];
            firstRecord[keptCount] = record;
            System.arraycopy(offsets, from, offsets, record, to - from);
            System.arraycopy(magnitudes, from, magnitudes, record, to - from);
            record += to - from;
            keptCount++;
        }
        firstRecord[keptCount] = record;
        count = keptCount;
    }

    /**
     * The offset in {@code window} of a record reaching {@code threshold}: the smallest ({@code
     * last} false) or the largest ({@code last} true); -1 when no record reaches it.
     */
    int offsetReaching(int window, float threshold, boolean last) {
        int i = Arrays.binarySearch(windows, 0, count, window);
        int found = -1;
        if (i >= 0) {
            for (int r = firstRecord[i]; r < firstRecord[i + 1]; r++) {
                if (magnitudes[r] >= threshold && (found < 0 || (last ? offsets[r] > found : offsets[r] < found))) {
                    found = offsets[r];
                }
            }
        }
        return found;
    }

    /** The lowest level of a window whose records were dropped; infinity when none was. */
    float droppedLevel() {
        return droppedLevel;
    }

    /** Records held, for tests of the memory bound. */
    int size() {
        return firstRecord[count];
    }

    /** Bytes of the arrays it holds. */
    long retainedBytes() {
        return (long) windows.length * (Integer.BYTES + Float.BYTES + Integer.BYTES)
                + (long) offsets.length * (Integer.BYTES + Float.BYTES);
    }
}
