package org.audioimport.segment;

import java.nio.file.Path;
import org.audioimport.series.FloatSeries;

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
 * <p>Bounded in memory whatever the file's length. The peaks hold 20 minutes in memory (480 KB); a
 * longer file's older minutes go to a temporary file ({@link org.audioimport.series}), about 1.4 MB
 * per hour of audio. The candidate records are bounded too ({@link CandidateRecords}): those of the
 * candidates whose neighbours were loudest go first, and {@link #certainBelow()} says up to which
 * threshold nothing needed was lost.
 */
final class LevelHistory implements AutoCloseable {
    /** A page of the peaks: one minute of 10 ms windows. */
    private static final int WINDOWS_PER_PAGE = 6_000;
    /** Pages in memory: 20 minutes. */
    private static final int RESIDENT_PAGES = 20;

    private int windowFrames;
    private int horizon;
    private float[][] ring = new float[0][];
    /** The peaks of the 10 ms windows in the ring. */
    private float[] ringPeaks = new float[0];

    private final FloatSeries peaks;
    /** Windows seen. */
    private int windows;

    private int fill;
    private float current;
    private int lastWindowFrames;
    private final CandidateRecords starts = new CandidateRecords();
    private final CandidateRecords ends = new CandidateRecords();
    /** The peaks of the last {@code horizon} windows, for the candidate tests of each new window. */
    private final SlidingMaximum recent = new SlidingMaximum();

    private final MagnitudeKernel magnitudes = MagnitudeKernel.best();
    /** The file's threshold as a function of its peak. */
    private SoundThreshold threshold;
    /** The loudest window so far. */
    private float peakSoFar;
    /** Its threshold: the lowest the file's can still be. Kept, as the peak so far rarely rises. */
    private float lowest;

    LevelHistory() {
        this(WINDOWS_PER_PAGE, RESIDENT_PAGES, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** A history holding {@code residentPages} pages of {@code windowsPerPage} peaks in memory, the rest in {@code folder}. */
    LevelHistory(int windowsPerPage, int residentPages, Path folder) {
        this.peaks = new FloatSeries(windowsPerPage, residentPages, folder);
    }

    /**
     * Starts a file: windows of {@code windowFrames} frames, silences of at least {@code horizon + 1} windows,
     * and sound from the {@code threshold} of the file's peak.
     */
    void reset(int windowFrames, int horizon, SoundThreshold threshold) {
        if (this.windowFrames != windowFrames || ring.length != horizon + 1) {
            ring = new float[horizon + 1][windowFrames];
            ringPeaks = new float[horizon + 1];
        }
        this.windowFrames = windowFrames;
        this.horizon = horizon;
        this.windows = 0;
        this.fill = 0;
        this.current = 0;
        this.lastWindowFrames = windowFrames;
        this.threshold = threshold;
        this.peakSoFar = 0;
        this.lowest = threshold.of(0);
        peaks.clear();
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
            float peak;
            if (channels == 1) {
                for (int k = 0; k < n; k++) {
                    buffer[fill + k] = Math.abs(samples[i + k]);
                }
                peak = peakOf(buffer, fill, fill + n);
            } else if (channels == 2) {
                peak = magnitudes.stereo(samples, i, n, buffer, fill);
            } else {
                for (int k = 0; k < n; k++) {
                    int base = (i + k) * channels;
                    float v = Math.abs(samples[base]);
                    for (int c = 1; c < channels; c++) {
                        v = Math.max(v, Math.abs(samples[base + c]));
                    }
                    buffer[fill + k] = v;
                }
                peak = peakOf(buffer, fill, fill + n);
            }
            current = Math.max(current, peak);
            fill += n;
            i += n;
            if (fill == windowFrames) {
                closeWindow(windowFrames);
            }
        }
    }

    /**
     * The largest of {@code values[from, to)}, never below 0. Four running maxima, so that the loop is
     * not one chain of dependent comparisons: the maximum of magnitudes is the same whatever the order
     * (a NaN gives NaN either way).
     */
    private static float peakOf(float[] values, int from, int to) {
        float m0 = 0;
        float m1 = 0;
        float m2 = 0;
        float m3 = 0;
        int k = from;
        for (; k + 3 < to; k += 4) {
            m0 = Math.max(m0, values[k]);
            m1 = Math.max(m1, values[k + 1]);
            m2 = Math.max(m2, values[k + 2]);
            m3 = Math.max(m3, values[k + 3]);
        }
        for (; k < to; k++) {
            m0 = Math.max(m0, values[k]);
        }
        return Math.max(Math.max(m0, m1), Math.max(m2, m3));
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
        peaks.raise(w, current);
        if (current > peakSoFar) {
            peakSoFar = current;
            lowest = threshold.of(peakSoFar);
        }
        ringPeaks[w % ring.length] = current;
        keepStartCandidate(w, length, current, recent.maxFrom(w - horizon));
        recent.push(w, current);
        windows = w + 1;
        fill = 0;
        current = 0;
        int decided = w - horizon;
        if (decided >= 0) {
            keepEndCandidate(decided, recent.maxFrom(decided + 1));
        }
    }

    /**
     * Keeps the records of window {@code w} as a passage's possible start: its samples louder than every
     * one before them, above {@code before} (the silent windows' peak) and at or above the lowest threshold
     * the file can still have. Samples under that threshold can never be a boundary: a long fade under it
     * would otherwise fill the bounded records with windows no threshold will ask for.
     */
    private void keepStartCandidate(int w, int length, float peak, float before) {
        before = Math.max(before, 0f);
        if (peak <= before || peak < lowest) {
            return;
        }
        float[] buffer = ring[w % ring.length];
        starts.open(w, before, lowest);
        float loudest = before;
        for (int k = 0; k < length; k++) {
            if (buffer[k] > loudest) {
                loudest = buffer[k];
                if (loudest >= lowest) {
                    starts.add(k, loudest);
                }
            }
        }
        starts.bound(lowest);
    }

    /** The mirror image of {@link #keepStartCandidate}, for a passage's possible end. */
    private void keepEndCandidate(int w, float after) {
        after = Math.max(after, 0f);
        if (ringPeaks[w % ring.length] <= after || ringPeaks[w % ring.length] < lowest) {
            return;
        }
        float[] buffer = ring[w % ring.length];
        int length = w == windows - 1 ? lastWindowFrames : windowFrames;
        ends.open(w, after, lowest);
        float loudest = after;
        for (int k = length - 1; k >= 0; k--) {
            if (buffer[k] > loudest) {
                loudest = buffer[k];
                if (loudest >= lowest) {
                    ends.add(k, loudest);
                }
            }
        }
        ends.bound(lowest);
    }

    int windows() {
        return windows;
    }

    /** Frames of a window: 10 ms. */
    int windowFrames() {
        return windowFrames;
    }

    float peak(int window) {
        return peaks.get(window);
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

    /** Whether the file was long enough for the peaks to use their temporary file. */
    boolean spilled() {
        return peaks.spilled();
    }

    /** Deletes the temporary file, if any; {@link #reset} makes the history usable again. */
    @Override
    public void close() {
        peaks.close();
    }

    /** Bytes of what it holds in memory for the current file: the same bound for any length. */
    long retainedBytes() {
        return peaks.retainedBytes()
                + (long) ring.length * (windowFrames + 1) * Float.BYTES
                + starts.retainedBytes()
                + ends.retainedBytes();
    }
}
