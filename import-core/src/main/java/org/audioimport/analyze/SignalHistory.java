package org.audioimport.analyze;

import java.util.Arrays;

/**
 * What the analysis keeps of a file while it streams, indexed by time, for the passages' measures
 * at the end: per window the sample peak, per sub-block of ten windows the K-weighted energy and
 * the true peak. Peaks are magnitudes of the float samples, full scale 1.0, unclipped.
 *
 * <p>Windows last 10 ms x {@link #scale()}. Window k starts at frame {@code floor(k x scale x rate /
 * 100)}, so every boundary is within one frame of its exact time at any rate. The scale starts at 1
 * (10 ms windows, 100 ms sub-blocks) and doubles, merging each pair of windows and of sub-blocks,
 * whenever the history would pass {@value #MAX_SUB_BLOCKS} sub-blocks (20 minutes at scale 1). So it
 * holds 624 KB for any file, and a file of up to 20 minutes is measured at full resolution; a
 * three-hour file is measured with 160 ms windows and 1.6 s sub-blocks.
 *
 * <p>The sink feeds it in 10 ms windows ({@link #add}); the rest of the methods speak in its own,
 * possibly coarser, windows.
 */
final class SignalHistory {
    static final int WINDOWS_PER_SECOND = 100;
    static final int WINDOWS_PER_SUB_BLOCK = 10;
    /** Sub-blocks held at most; even, so that a merge pairs whole sub-blocks. */
    static final int MAX_SUB_BLOCKS = 12_000;

    private static final int MAX_WINDOWS = MAX_SUB_BLOCKS * WINDOWS_PER_SUB_BLOCK;

    private int sampleRate;
    private int scale = 1;
    private final float[] windowPeaks = new float[MAX_WINDOWS];
    private final double[] subEnergies = new double[MAX_SUB_BLOCKS];
    private final float[] subTruePeaks = new float[MAX_SUB_BLOCKS];
    private int windows;
    private long frames;

    void reset(int sampleRate) {
        this.sampleRate = sampleRate;
        this.scale = 1;
        this.windows = 0;
        this.frames = 0;
        Arrays.fill(windowPeaks, 0f);
        Arrays.fill(subEnergies, 0);
        Arrays.fill(subTruePeaks, 0);
    }

    int sampleRate() {
        return sampleRate;
    }

    /** How many 10 ms a window lasts: 1, doubling as the file grows past what the history holds. */
    int scale() {
        return scale;
    }

    /** Frames seen so far. */
    long frames() {
        return frames;
    }

    /** Windows that hold at least one frame. */
    int windows() {
        return windows;
    }

    long windowStart(long window) {
        return window * scale * sampleRate / WINDOWS_PER_SECOND;
    }

    long subBlockStart(long subBlock) {
        return windowStart(subBlock * WINDOWS_PER_SUB_BLOCK);
    }

    /** The window that holds {@code frame}. */
    int windowOf(long frame) {
        long k = frame * WINDOWS_PER_SECOND / sampleRate / scale;
        while (windowStart(k + 1) <= frame) {
            k++;
        }
        while (windowStart(k) > frame) {
            k--;
        }
        return (int) k;
    }

    /** Makes room for the 10 ms window {@code tenMs}, the next one to be measured. */
    void enter(long tenMs) {
        while (tenMs / scale >= MAX_WINDOWS) {
            coarsen();
        }
    }

    /** Records {@code frames} frames of the 10 ms window {@code tenMs}, entered, with these measurements. */
    void add(long tenMs, int frames, float samplePeak, double energy, float truePeak) {
        int window = (int) (tenMs / scale);
        int sub = window / WINDOWS_PER_SUB_BLOCK;
        windowPeaks[window] = Math.max(windowPeaks[window], samplePeak);
        subEnergies[sub] += energy;
        subTruePeaks[sub] = Math.max(subTruePeaks[sub], truePeak);
        windows = Math.max(windows, window + 1);
        this.frames += frames;
    }

    /** Merges each pair of windows and of sub-blocks into one: the scale doubles. */
    private void coarsen() {
        for (int w = 0; w < MAX_WINDOWS / 2; w++) {
            windowPeaks[w] = Math.max(windowPeaks[2 * w], windowPeaks[2 * w + 1]);
        }
        Arrays.fill(windowPeaks, MAX_WINDOWS / 2, MAX_WINDOWS, 0f);
        for (int s = 0; s < MAX_SUB_BLOCKS / 2; s++) {
            subEnergies[s] = subEnergies[2 * s] + subEnergies[2 * s + 1];
            subTruePeaks[s] = Math.max(subTruePeaks[2 * s], subTruePeaks[2 * s + 1]);
        }
        Arrays.fill(subEnergies, MAX_SUB_BLOCKS / 2, MAX_SUB_BLOCKS, 0);
        Arrays.fill(subTruePeaks, MAX_SUB_BLOCKS / 2, MAX_SUB_BLOCKS, 0f);
        windows = (windows + 1) / 2;
        scale *= 2;
    }

    /** Raises the true peak of the sub-block holding {@code window} (the interpolator's tail). */
    void raiseTruePeak(int window, float truePeak) {
        int sub = window / WINDOWS_PER_SUB_BLOCK;
        subTruePeaks[sub] = Math.max(subTruePeaks[sub], truePeak);
    }

    /**
     * The largest true peak of the sub-block holding the 10 ms window {@code tenMs} and of those
     * before it, reaching no further back than {@code count - 1} sub-blocks of 100 ms; 0 when the
     * sub-blocks have grown too long for that.
     */
    float recentTruePeak(long tenMs, int count) {
        int span = count / scale;
        if (span == 0) {
            return 0;
        }
        int sub = (int) (tenMs / scale / WINDOWS_PER_SUB_BLOCK);
        float max = 0;
        for (int s = Math.max(0, sub - span + 1); s <= sub; s++) {
            max = Math.max(max, subTruePeaks[s]);
        }
        return max;
    }

    /** Sub-blocks wholly inside the audio. */
    int completeSubBlocks() {
        long n = frames * WINDOWS_PER_SECOND / WINDOWS_PER_SUB_BLOCK / scale / sampleRate;
        while (subBlockStart(n + 1) <= frames) {
            n++;
        }
        while (n > 0 && subBlockStart(n) > frames) {
            n--;
        }
        return (int) n;
    }

    float windowPeak(int window) {
        return windowPeaks[window];
    }

    float subTruePeak(int sub) {
        return subTruePeaks[sub];
    }

    /**
     * Mean-square energies of the blocks of {@code length} sub-blocks, stepping by one sub-block,
     * that lie within sub-blocks {@code first..last} (inclusive), written to {@code out} (grown
     * when too small). Returns the array; {@code count[0]} receives the number of blocks.
     */
    double[] blockEnergies(int first, int last, int length, double[] out, int[] count) {
        int n = Math.max(0, last - first + 2 - length);
        if (out.length < n) {
            out = new double[n];
        }
        for (int b = 0; b < n; b++) {
            int from = first + b;
            double sum = 0;
            for (int i = from; i < from + length; i++) {
                sum += subEnergies[i];
            }
            out[b] = sum / (subBlockStart(from + length) - subBlockStart(from));
        }
        count[0] = n;
        return out;
    }

    /** Bytes of the arrays it holds: 624 KB, whatever the length of the file. */
    long retainedBytes() {
        return (long) windowPeaks.length * Float.BYTES
                + (long) subEnergies.length * Double.BYTES
                + (long) subTruePeaks.length * Float.BYTES;
    }
}
