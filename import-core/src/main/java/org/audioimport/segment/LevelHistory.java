package org.audioimport.segment;

import java.util.Arrays;

/**
 * The streaming half of segmenting: the peak magnitude of every window of the file (10 ms), plus
 * the exact positions needed to refine a boundary to the sample, kept only for windows that could
 * be one.
 *
 * <p>Why that is enough: a passage starts in a window w whose previous {@code horizon} windows are
 * all silent (or at the start of the file), because a silence lasts at least {@code horizon + 1}
 * windows. So w's peak exceeds the peaks of those windows, and the start sample is one of w's
 * prefix maxima above them: only those are kept. A passage end is the mirror image, with the next
 * {@code horizon} windows; it is decided {@code horizon} windows later, so the raw magnitudes of
 * the last {@code horizon + 1} windows are kept in a ring (a few hundred kilobytes at most).
 * Magnitudes are floats, full scale 1.0, unclipped.
 *
 * <p>Bounded whatever the file's length. The peaks are kept for at most {@value #MAX_WINDOWS}
 * windows (20 minutes of 10 ms): past that, each pair of windows merges into one and the windows
 * last twice as long ({@link #scale()}); the peaks take 480 KB for any file. The candidate
 * records are bounded too ({@link CandidateRecords}): those of the candidates whose neighbours were
 * loudest go first, and {@link #certainBelow()} says up to which threshold nothing needed was lost.
 */
final class LevelHistory {
    static final int MAX_WINDOWS = 120_000;

    private int windowFrames;
    private int horizon;
    private float[][] ring = new float[0][];
    /** The peaks of the 10 ms windows in the ring. */
    private float[] ringPeaks = new float[0];

    private final float[] peaks = new float[MAX_WINDOWS];
    /** Windows of 10 ms seen, and the stored windows they make at the current scale. */
    private int tenMsWindows;

    private int windows;
    private int scale;
    private int fill;
    private float current;
    private int lastWindowFrames;
    private final CandidateRecords starts = new CandidateRecords();
    private final CandidateRecords ends = new CandidateRecords();
    /** The peaks of the last {@code horizon} windows, for the candidate tests of each new window. */
    private final SlidingMaximum recent = new SlidingMaximum();

    /** Starts a file: windows of {@code windowFrames} frames, silences of at least {@code horizon + 1} windows. */
    void reset(int windowFrames, int horizon) {
        if (this.windowFrames != windowFrames || ring.length != horizon + 1) {
            ring = new float[horizon + 1][windowFrames];
            ringPeaks = new float[horizon + 1];
        }
        this.windowFrames = windowFrames;
        this.horizon = horizon;
        this.tenMsWindows = 0;
        this.windows = 0;
        this.scale = 1;
        this.fill = 0;
        this.current = 0;
        this.lastWindowFrames = windowFrames;
        Arrays.fill(peaks, 0f);
        starts.clear();
        ends.clear();
        recent.reset(horizon + 1);
    }

    /** Adds {@code frames} frames of interleaved samples; a frame's magnitude is its loudest channel's. */
    void add(float[] samples, int frames, int channels) {
        int i = 0;
        while (i < frames) {
            float[] buffer = ring[tenMsWindows % ring.length];
            int n = Math.min(frames - i, windowFrames - fill);
            float peak = current;
            if (channels == 1) {
                for (int k = 0; k < n; k++) {
                    float v = Math.abs(samples[i + k]);
                    buffer[fill + k] = v;
                    peak = Math.max(peak, v);
                }
            } else {
                for (int k = 0; k < n; k++) {
                    int base = (i + k) * channels;
                    float v = Math.abs(samples[base]);
                    for (int c = 1; c < channels; c++) {
                        v = Math.max(v, Math.abs(samples[base + c]));
                    }
                    buffer[fill + k] = v;
                    peak = Math.max(peak, v);
                }
            }
            current = peak;
            fill += n;
            i += n;
            if (fill == windowFrames) {
                closeWindow(windowFrames);
            }
        }
    }

    /** Ends the file: closes the last, partial window and decides the pending end candidates. */
    void finish() {
        if (fill > 0) {
            lastWindowFrames = fill;
            closeWindow(fill);
        }
        for (int w = Math.max(0, tenMsWindows - horizon); w < tenMsWindows; w++) {
            keepEndCandidate(w, recent.maxFrom(w + 1));
        }
    }

    private void closeWindow(int length) {
        int w = tenMsWindows;
        while (w / scale >= MAX_WINDOWS) {
            coarsen();
        }
        int stored = w / scale;
        peaks[stored] = Math.max(peaks[stored], current);
        ringPeaks[w % ring.length] = current;
        windows = stored + 1;
        keepStartCandidate(w, length, current, recent.maxFrom(w - horizon));
        recent.push(w, current);
        tenMsWindows = w + 1;
        fill = 0;
        current = 0;
        int decided = w - horizon;
        if (decided >= 0) {
            keepEndCandidate(decided, recent.maxFrom(decided + 1));
        }
    }

    /** Merges each pair of stored windows into one: the scale doubles. */
    private void coarsen() {
        for (int w = 0; w < MAX_WINDOWS / 2; w++) {
            peaks[w] = Math.max(peaks[2 * w], peaks[2 * w + 1]);
        }
        Arrays.fill(peaks, MAX_WINDOWS / 2, MAX_WINDOWS, 0f);
        starts.coarsen(windowFrames * scale);
        ends.coarsen(windowFrames * scale);
        windows = (windows + 1) / 2;
        scale *= 2;
    }

    private void keepStartCandidate(int w, int length, float peak, float before) {
        before = Math.max(before, 0f);
        if (peak <= before) {
            return;
        }
        float[] buffer = ring[w % ring.length];
        int base = (w % scale) * windowFrames;
        starts.open(w / scale, before);
        float loudest = before;
        for (int k = 0; k < length; k++) {
            if (buffer[k] > loudest) {
                loudest = buffer[k];
                starts.add(base + k, loudest);
            }
        }
        starts.bound();
    }

    private void keepEndCandidate(int w, float after) {
        after = Math.max(after, 0f);
        if (ringPeaks[w % ring.length] <= after) {
            return;
        }
        float[] buffer = ring[w % ring.length];
        int length = w == tenMsWindows - 1 ? lastWindowFrames : windowFrames;
        int base = (w % scale) * windowFrames;
        ends.open(w / scale, after);
        float loudest = after;
        for (int k = length - 1; k >= 0; k--) {
            if (buffer[k] > loudest) {
                loudest = buffer[k];
                ends.add(base + k, loudest);
            }
        }
        ends.bound();
    }

    int windows() {
        return windows;
    }

    /** Frames of a stored window: 10 ms x {@link #scale()}. */
    int windowFrames() {
        return windowFrames * scale;
    }

    /** How many 10 ms windows a stored window covers: 1 for 20 minutes, then doubling. */
    int scale() {
        return scale;
    }

    float peak(int window) {
        return peaks[window];
    }

    /**
     * The threshold up to which the boundary records are complete: a boundary found at a threshold
     * at or below it is exact; above it, one whose records were dropped is placed at its window's
     * edge instead.
     */
    float certainBelow() {
        return Math.min(starts.droppedLevel(), ends.droppedLevel());
    }

    /**
     * The first frame of {@code window} (a start candidate) whose magnitude reaches {@code
     * threshold}; -1 when no record says so: see {@link SegmentSink} for what that means.
     */
    long firstFrameReaching(int window, float threshold) {
        int offset = starts.offsetReaching(window, threshold, false);
        return offset < 0 ? -1 : (long) window * windowFrames() + offset;
    }

    /** The last frame of {@code window} (an end candidate) whose magnitude reaches {@code threshold}; -1 when none. */
    long lastFrameReaching(int window, float threshold) {
        int offset = ends.offsetReaching(window, threshold, true);
        return offset < 0 ? -1 : (long) window * windowFrames() + offset;
    }

    /** Candidate records held, for tests of the memory bound. */
    int records() {
        return starts.size() + ends.size();
    }

    /** Bytes of what it holds for the current file: the same bound for any length. */
    long retainedBytes() {
        return (long) peaks.length * Float.BYTES
                + (long) ring.length * (windowFrames + 1) * Float.BYTES
                + starts.retainedBytes()
                + ends.retainedBytes();
    }
}
