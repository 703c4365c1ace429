package org.audioimport.segment;

import java.util.ArrayList;
import java.util.List;
import org.audioimport.decode.InterleavedSink;

/**
 * Cuts the audio a decoder streams into it into passages separated by silences (see {@link
 * SegmentSettings} for what a silence is). The threshold depends on the file's peak, known only
 * at the end, so the sink keeps the peak of every 10 ms window as it goes and decides in {@link
 * #finish()}; boundaries are then refined to the exact first and last sound sample.
 *
 * <p>Use: {@link #start} (the decoder calls it), {@link #accept} per block, then {@link
 * #finish()} for the outcome. The sink can then be started again for the next file: one per
 * worker thread is enough. Not thread-safe.
 *
 * <p>Memory, the same for any length of file: the window peaks (480 KB for 20 minutes; a longer
 * file's older minutes go to a temporary file, about 1.4 MB per hour of audio, deleted when the next
 * file starts or the sink is closed), a ring holding the raw levels of one minimum silence (about
 * 530 KB at 44.1 kHz with the defaults), and at most 1,024 candidate windows' boundary records
 * (150 KB). The records kept are those of the candidates after the quietest stretches, which real
 * silences are; should a threshold ever need a dropped one, that boundary falls on its window's edge.
 */
public final class SegmentSink extends InterleavedSink implements AutoCloseable {

    /**
     * Version of the segmenting algorithm; bump it when a change can move a boundary. 2: levels
     * from the unclipped float decode (a lossy file's peak above full scale, a 24-bit file's
     * quietest samples) where 1 saw the 16-bit one. 3: memory bounded whatever the length; past 20
     * minutes a silence up to two (longer) windows over the minimum may no longer split. 4: past 20
     * minutes the windows stay 10 ms long, the older minutes' peaks kept in a temporary file. 5: windows
     * under the lowest threshold the file can still have are not kept as boundary candidates, so that a
     * long fade under the threshold no longer crowds out the records of a passage's real end, which then
     * fell on its window's edge (9 ms late on one file of the 306 of the evaluation set).
     */
    public static final int VERSION = 5;

    /** Windows per second of the level history (10 ms windows). */
    private static final int WINDOWS_PER_SECOND = 100;

    private final SegmentSettings settings;
    private final LevelHistory history;
    private long frames;
    private long minSilenceFrames;
    /** The 10 ms windows a silence always covers whole, less one. */
    private int horizon;

    public SegmentSink(SegmentSettings settings) {
        this(settings, new LevelHistory());
    }

    /** A sink keeping its peaks in {@code history}: the tests give one that uses its temporary file sooner. */
    SegmentSink(SegmentSettings settings, LevelHistory history) {
        this.settings = settings;
        this.history = history;
    }

    public SegmentSink() {
        this(SegmentSettings.DEFAULTS);
    }

    public SegmentSettings settings() {
        return settings;
    }

    @Override
    protected void started(int sampleRate, int channels) {
        int windowFrames = Math.max(1, sampleRate / WINDOWS_PER_SECOND);
        this.minSilenceFrames = Math.round(settings.minSilenceSeconds() * sampleRate);
        // A silence of minSilenceFrames always covers this many whole windows.
        this.horizon = (int) Math.max(0, minSilenceFrames / windowFrames - 1);
        history.reset(windowFrames, horizon, this::threshold);
        this.frames = 0;
    }

    @Override
    protected void take(float[] samples, int frames) {
        history.add(samples, frames, channels());
        this.frames += frames;
    }

    /**
     * Ends the file and gives its passages, or {@link NoAudio}. The sink can then be started
     * again. After a decode that threw, skip it: the next {@link #start} discards what is left.
     */
    public SegmentOutcome finish() {
        if (!end()) {
            return new NoAudio(0, 0, null, VERSION);
        }
        int sampleRate = sampleRate();
        history.finish();
        float peak = 0;
        for (int w = 0; w < history.windows(); w++) {
            peak = Math.max(peak, history.peak(w));
        }
        if (peak == 0) {
            return new NoAudio(frames, sampleRate, null, VERSION);
        }
        double peakDbfs = dbfs(peak);
        if (peakDbfs < settings.audibleDbfs()) {
            return new NoAudio(frames, sampleRate, peakDbfs, VERSION);
        }
        float threshold = threshold(peak);
        return new Segmented(passages(threshold, sampleRate), frames, sampleRate, peakDbfs, dbfs(threshold), VERSION);
    }

    /** The smallest magnitude that counts as sound, full scale 1.0. */
    private float threshold(float peak) {
        double relative = peak * Math.pow(10, settings.thresholdDb() / 20);
        double floor = Math.pow(10, settings.floorDbfs() / 20);
        return (float) Math.max(relative, floor);
    }

    private List<Passage> passages(float threshold, int sampleRate) {
        List<Passage> passages = new ArrayList<>();
        int windows = history.windows();
        long start = -1;
        int previous = -1;
        for (int w = 0; w < windows; w++) {
            if (history.peak(w) < threshold) {
                continue;
            }
            if (previous < 0) {
                start = firstSound(w, threshold);
            } else if (w - previous - 1 >= horizon) {
                // Only a gap of as many silent windows as a silence always covers can hold one: then the
                // records of the sound windows on both sides are complete (see LevelHistory). Measure it.
                long lastSound = lastSound(previous, threshold);
                long nextSound = firstSound(w, threshold);
                if (nextSound - lastSound - 1 >= minSilenceFrames) {
                    passages.add(Passage.ofFrames(start, lastSound + 1, sampleRate));
                    start = nextSound;
                }
            }
            previous = w;
        }
        passages.add(Passage.ofFrames(start, lastSound(previous, threshold) + 1, sampleRate));
        return passages;
    }

    /**
     * The first sound frame of {@code window}, which follows silent windows or the file's start.
     * Its records are complete, unless some were dropped at or below the threshold: then the window's
     * start stands in, which can only shorten the silence before it.
     */
    private long firstSound(int window, float threshold) {
        long frame = history.firstFrameReaching(window, threshold);
        if (frame >= 0) {
            return frame;
        }
        if (threshold > history.certainBelow()) {
            return (long) window * history.windowFrames();
        }
        throw new IllegalStateException("no boundary record reaching " + threshold + " in window " + window);
    }

    /** The last sound frame of {@code window}, which silent windows or the file's end follow: see {@link #firstSound}. */
    private long lastSound(int window, float threshold) {
        long frame = history.lastFrameReaching(window, threshold);
        if (frame >= 0) {
            return frame;
        }
        if (threshold > history.certainBelow()) {
            return Math.min(frames, (long) (window + 1) * history.windowFrames()) - 1;
        }
        throw new IllegalStateException("no boundary record reaching " + threshold + " in window " + window);
    }

    private static double dbfs(float magnitude) {
        return 20 * Math.log10(magnitude);
    }

    /** Deletes the peaks' temporary file, if a long file left one; the sink can still be started again. */
    @Override
    public void close() {
        history.close();
    }

    /** Whether the last file was long enough for the peaks to use their temporary file. */
    boolean spilled() {
        return history.spilled();
    }

    /** Boundary records held for the current file, for tests of the memory bound. */
    int candidateRecords() {
        return history.records();
    }

    /**
     * Bytes of what the sink holds of the current file: the same for a file of three minutes and
     * one of three hours. For the tests and benchmark of the memory bound.
     */
    public long retainedBytes() {
        return history.retainedBytes();
    }
}
