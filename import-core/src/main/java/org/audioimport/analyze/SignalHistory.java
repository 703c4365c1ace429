package org.audioimport.analyze;

import java.nio.file.Path;
import java.util.Arrays;
import org.audioimport.series.DoubleSeries;
import org.audioimport.series.FloatSeries;

/**
 * What the analysis keeps of a file while it streams, indexed by time, for the passages' measures
 * at the end: per 10 ms window the sample peak, per 100 ms sub-block of ten windows the K-weighted
 * energy and the true peak. Peaks are magnitudes of the float samples, full scale 1.0, unclipped.
 * Window k starts at frame {@code floor(k x rate / 100)}, so every boundary is within one frame of
 * its exact time at any rate.
 *
 * <p>The three series hold 20 minutes in memory (624 KB); a longer file's older minutes go to a
 * temporary file ({@link org.audioimport.series}), about 1.9 MB per hour of audio, so that a passage
 * of a three-hour file is measured as exactly as one of a song.
 */
final class SignalHistory implements AutoCloseable {
    static final int WINDOWS_PER_SECOND = 100;
    static final int WINDOWS_PER_SUB_BLOCK = 10;
    /** A page of the series: one minute. */
    private static final int SUB_BLOCKS_PER_PAGE = 600;
    /** Pages in memory: 20 minutes. */
    private static final int RESIDENT_PAGES = 20;
    /** Sub-blocks {@link #recentTruePeak} can look back over: the true-peak meter's longest horizon. */
    private static final int RECENT_SUB_BLOCKS = AnalyzeSink.MAX_TRUE_PEAK_HORIZON_SUB_BLOCKS + 1;

    private final FloatSeries windowPeaks;
    private final DoubleSeries subEnergies;
    private final FloatSeries subTruePeaks;
    /**
     * The true peaks of the last {@value #RECENT_SUB_BLOCKS} sub-blocks again, by sub-block modulo their
     * count: the true-peak meter asks for them on every window, and an array is cheaper than a series.
     */
    private final float[] recentTruePeaks = new float[RECENT_SUB_BLOCKS];

    private int lastSub;
    private int sampleRate;
    private int windows;
    private long frames;

    SignalHistory() {
        this(SUB_BLOCKS_PER_PAGE, RESIDENT_PAGES, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** A history holding {@code residentPages} pages of {@code subBlocksPerPage} sub-blocks in memory, the rest in {@code folder}. */
    SignalHistory(int subBlocksPerPage, int residentPages, Path folder) {
        this.windowPeaks = new FloatSeries(subBlocksPerPage * WINDOWS_PER_SUB_BLOCK, residentPages, folder);
        this.subEnergies = new DoubleSeries(subBlocksPerPage, residentPages, folder);
        this.subTruePeaks = new FloatSeries(subBlocksPerPage, residentPages, folder);
    }

    void reset(int sampleRate) {
        this.sampleRate = sampleRate;
        this.windows = 0;
        this.frames = 0;
        this.lastSub = 0;
        Arrays.fill(recentTruePeaks, 0f);
        windowPeaks.clear();
        subEnergies.clear();
        subTruePeaks.clear();
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
        // Never past the window: floor(k x rate / 100) <= frame for this k. Rounding can leave it one short.
        long k = frame * WINDOWS_PER_SECOND / sampleRate;
        while (windowStart(k + 1) <= frame) {
            k++;
        }
        return Math.toIntExact(k);
    }

    /** Records {@code frames} frames of {@code window} with these measurements. */
    void add(int window, int frames, float samplePeak, double energy, float truePeak) {
        int sub = window / WINDOWS_PER_SUB_BLOCK;
        windowPeaks.raise(window, samplePeak);
        subEnergies.add(sub, energy);
        raiseTruePeak(window, truePeak);
        windows = Math.max(windows, window + 1);
        this.frames += frames;
    }

    /** Raises the true peak of the sub-block holding {@code window} (the interpolator's tail). */
    void raiseTruePeak(int window, float truePeak) {
        int sub = window / WINDOWS_PER_SUB_BLOCK;
        subTruePeaks.raise(sub, truePeak);
        for (; lastSub < sub; lastSub++) {
            recentTruePeaks[(lastSub + 1) % RECENT_SUB_BLOCKS] = 0f;
        }
        int slot = sub % RECENT_SUB_BLOCKS;
        recentTruePeaks[slot] = Math.max(recentTruePeaks[slot], truePeak);
    }

    /**
     * The largest true peak of the sub-block holding {@code window} and of those before it,
     * reaching no further back than {@code count - 1} sub-blocks; 0 when {@code count} is 0. The
     * window must be the last one measured or the next, and {@code count} at most {@value
     * #RECENT_SUB_BLOCKS}.
     */
    float recentTruePeak(int window, int count) {
        int sub = window / WINDOWS_PER_SUB_BLOCK;
        float max = 0;
        for (int s = Math.max(0, sub - count + 1); s <= Math.min(sub, lastSub); s++) {
            max = Math.max(max, recentTruePeaks[s % RECENT_SUB_BLOCKS]);
        }
        return max;
    }

    /** Sub-blocks wholly inside the audio. */
    int completeSubBlocks() {
        // As in windowOf: never too many, at most one too few.
        long n = frames * WINDOWS_PER_SECOND / WINDOWS_PER_SUB_BLOCK / sampleRate;
        while (subBlockStart(n + 1) <= frames) {
            n++;
        }
        return Math.toIntExact(n);
    }

    float windowPeak(int window) {
        return windowPeaks.get(window);
    }

    float subTruePeak(int sub) {
        return subTruePeaks.get(sub);
    }

    /** Mean-square energy of the block of {@code length} sub-blocks from sub-block {@code first}. */
    double blockEnergy(int first, int length) {
        double sum = 0;
        for (int i = first; i < first + length; i++) {
            sum += subEnergies.get(i);
        }
        return sum / (subBlockStart(first + length) - subBlockStart(first));
    }

    /** Bytes it holds in memory: 624 KB, whatever the length of the file. */
    long retainedBytes() {
        return windowPeaks.retainedBytes() + subEnergies.retainedBytes() + subTruePeaks.retainedBytes();
    }

    /** Whether the file was long enough for the history to use its temporary file. */
    boolean spilled() {
        return windowPeaks.spilled() || subEnergies.spilled() || subTruePeaks.spilled();
    }

    /** Deletes the temporary file, if any; {@link #reset} makes the history usable again. */
    @Override
    public void close() {
        windowPeaks.close();
        subEnergies.close();
        subTruePeaks.close();
    }
}
