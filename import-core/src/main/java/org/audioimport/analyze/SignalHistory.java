package org.audioimport.analyze;

import java.util.Arrays;

/**
 * What the analysis keeps of a file while it streams, indexed by time: per 10 ms window the sample
 * peak, per 100 ms sub-block the K-weighted energy and the true peak. Window k starts at frame
 * {@code floor(k x rate / 100)}, so ten windows make one sub-block and every boundary is within
 * one frame of its exact time at any rate. Peaks are magnitudes of the float samples, full scale
 * 1.0, unclipped. 52 bytes per 100 ms: 3.7 MB for two hours.
 */
final class SignalHistory {
    static final int WINDOWS_PER_SECOND = 100;
    static final int WINDOWS_PER_SUB_BLOCK = 10;

    private int sampleRate;
    private float[] windowPeaks = new float[1024];
    private double[] subEnergies = new double[128];
    private float[] subTruePeaks = new float[128];
    private int windows;
    private long frames;

    void reset(int sampleRate) {
        this.sampleRate = sampleRate;
        this.windows = 0;
        this.frames = 0;
        Arrays.fill(windowPeaks, 0f);
        Arrays.fill(subEnergies, 0);
        Arrays.fill(subTruePeaks, 0);
    }

    int sampleRate() {
        return sampleRate;
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
        return window * sampleRate / WINDOWS_PER_SECOND;
    }

    long subBlockStart(long subBlock) {
        return windowStart(subBlock * WINDOWS_PER_SUB_BLOCK);
    }

    /** The window that holds {@code frame}. */
    int windowOf(long frame) {
        long k = frame * WINDOWS_PER_SECOND / sampleRate;
        while (windowStart(k + 1) <= frame) {
            k++;
        }
        while (windowStart(k) > frame) {
            k--;
        }
        return (int) k;
    }

    /** Records {@code frames} frames of window {@code window} with these measurements. */
    void add(int window, int frames, float samplePeak, double energy, float truePeak) {
        if (window >= windowPeaks.length) {
            windowPeaks = Arrays.copyOf(windowPeaks, Math.max(window + 1, windowPeaks.length * 2));
        }
        int sub = window / WINDOWS_PER_SUB_BLOCK;
        if (sub >= subEnergies.length) {
            int size = Math.max(sub + 1, subEnergies.length * 2);
            subEnergies = Arrays.copyOf(subEnergies, size);
            subTruePeaks = Arrays.copyOf(subTruePeaks, size);
        }
        windowPeaks[window] = Math.max(windowPeaks[window], samplePeak);
        subEnergies[sub] += energy;
        subTruePeaks[sub] = Math.max(subTruePeaks[sub], truePeak);
        windows = Math.max(windows, window + 1);
        this.frames += frames;
    }

    /** Raises the true peak of the sub-block holding {@code window} (the interpolator's tail). */
    void raiseTruePeak(int window, float truePeak) {
        int sub = window / WINDOWS_PER_SUB_BLOCK;
        subTruePeaks[sub] = Math.max(subTruePeaks[sub], truePeak);
    }

    /** The largest true peak of the sub-block holding {@code window} and the {@code count - 1} before it. */
    float recentTruePeak(int window, int count) {
        int sub = window / WINDOWS_PER_SUB_BLOCK;
        float max = 0;
        for (int s = Math.max(0, sub - count + 1); s <= sub && s < subTruePeaks.length; s++) {
            max = Math.max(max, subTruePeaks[s]);
        }
        return max;
    }

    /** Sub-blocks wholly inside the audio. */
    int completeSubBlocks() {
        long n = frames * WINDOWS_PER_SECOND / WINDOWS_PER_SUB_BLOCK / sampleRate;
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
}
