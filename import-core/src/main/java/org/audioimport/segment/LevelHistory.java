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
 * Memory grows by four bytes per window (400 bytes per second of audio) plus the candidate
 * records, which are few except during long rising or falling ramps. Magnitudes are floats,
 * full scale 1.0, unclipped.
 */
final class LevelHistory {
    private int windowFrames;
    private int horizon;
    private float[][] ring = new float[0][];
    private float[] peaks = new float[1024];
    private int windows;
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
        }
        this.windowFrames = windowFrames;
        this.horizon = horizon;
        this.windows = 0;
        this.fill = 0;
        this.current = 0;
        this.lastWindowFrames = windowFrames;
        starts.clear();
        ends.clear();
        recent.reset(horizon + 1);
    }

    /** Adds {@code frames} frames of interleaved samples; a frame's magnitude is its loudest channel's. */
    void add(float[] samples, int frames, int channels) {
        int i = 0;
        while (i < frames) {
            float[] buffer = ring[windows % ring.length];
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
        for (int w = Math.max(0, windows - horizon); w < windows; w++) {
            keepEndCandidate(w, recent.maxFrom(w + 1));
        }
    }

    private void closeWindow(int length) {
        int w = windows;
        if (w == peaks.length) {
            peaks = Arrays.copyOf(peaks, peaks.length * 2);
        }
        peaks[w] = current;
        keepStartCandidate(w, length, recent.maxFrom(w - horizon));
        recent.push(w, current);
        windows = w + 1;
        fill = 0;
        current = 0;
        int decided = w - horizon;
        if (decided >= 0) {
            keepEndCandidate(decided, recent.maxFrom(decided + 1));
        }
    }

    private void keepStartCandidate(int w, int length, float before) {
        before = Math.max(before, 0f);
        if (peaks[w] <= before) {
            return;
        }
        float[] buffer = ring[w % ring.length];
        starts.open(w);
        float loudest = before;
        for (int k = 0; k < length; k++) {
            if (buffer[k] > loudest) {
                loudest = buffer[k];
                starts.add(k, loudest);
            }
        }
    }

    private void keepEndCandidate(int w, float after) {
        after = Math.max(after, 0f);
        if (peaks[w] <= after) {
            return;
        }
        float[] buffer = ring[w % ring.length];
        int length = w == windows - 1 ? lastWindowFrames : windowFrames;
        ends.open(w);
        float loudest = after;
        for (int k = length - 1; k >= 0; k--) {
            if (buffer[k] > loudest) {
                loudest = buffer[k];
                ends.add(k, loudest);
            }
        }
    }

    int windows() {
        return windows;
    }

    int windowFrames() {
        return windowFrames;
    }

    float peak(int window) {
        return peaks[window];
    }

    /** The first frame of {@code window} (a start candidate) whose magnitude reaches {@code threshold}. */
    long firstFrameReaching(int window, float threshold) {
        return (long) window * windowFrames + starts.offsetReaching(window, threshold);
    }

    /** The last frame of {@code window} (an end candidate) whose magnitude reaches {@code threshold}. */
    long lastFrameReaching(int window, float threshold) {
        return (long) window * windowFrames + ends.offsetReaching(window, threshold);
    }

    /** Candidate records held, for tests of the memory bound. */
    int records() {
        return starts.size() + ends.size();
    }
}
