package org.audioimport.flavor;

import static org.audioimport.flavor.FrameAnalyzer.FEATURES;
import static org.audioimport.flavor.FrameAnalyzer.FRAME;
import static org.audioimport.flavor.FrameAnalyzer.HOP;
import static org.audioimport.flavor.FrameAnalyzer.HOP_SECONDS;
import static org.audioimport.flavor.FrameAnalyzer.LOUDNESS;
import static org.audioimport.flavor.FrameAnalyzer.RATE;

import org.audioimport.flavor.FeatureRows.Timeline;

/**
 * What {@link FlavorSink} heard in one file, kept second by second, so that the vector of the
 * whole file and of any range of it (a passage, known only once the decode is over) come from the
 * same single pass. Immutable and safe to share between threads.
 *
 * <p>A range is resolved to the 46 ms hops whose frame centre lies in it: the onset envelope, and
 * so the tempo, is exact to the hop; the other features come from per-second summaries, a second
 * cut by the range counting in proportion to its hops inside. Ranges past the analysis limit
 * ({@link #truncated()}) are described from the part that was analysed, or not at all.
 */
public final class FlavorProfile {

    /** Least audio, in seconds, that gives a vector. */
    public static final double MIN_SECONDS = 3.0;
    /** Least non-silent audio, in seconds, that gives a vector. */
    public static final double MIN_SOUND_SECONDS = 1.0;

    private static final FlavorProfile EMPTY = new FlavorProfile(0, 0, false, null);

    private final int sampleRate;
    private final double seconds;
    private final boolean truncated;
    private final Timeline timeline;

    FlavorProfile(int sampleRate, double seconds, boolean truncated, Timeline timeline) {
        this.sampleRate = sampleRate;
        this.seconds = seconds;
        this.truncated = truncated;
        this.timeline = timeline;
    }

    /** The profile of a file that gave no audio. */
    static FlavorProfile empty() {
        return EMPTY;
    }

    /** The file's own sample rate: the unit of {@link #range}'s frames. 0 when no audio came. */
    public int sampleRate() {
        return sampleRate;
    }

    /** Audio analysed, in seconds from the start of the file. */
    public double seconds() {
        return seconds;
    }

    /** True when the file went on past the analysis limit: only its first {@link #seconds()} are described. */
    public boolean truncated() {
        return truncated;
    }

    /** The vector of the whole file (of its analysed part). */
    public FlavorOutcome file() {
        return between(0, Double.POSITIVE_INFINITY);
    }

    /**
     * The vector of frames {@code [startFrame, endFrame)} of the file, counted at its own sample
     * rate from 0, as the segment phase gives passages.
     */
    public FlavorOutcome range(long startFrame, long endFrame) {
        if (startFrame < 0 || endFrame <= startFrame) {
            throw new IllegalArgumentException("bad range: [" + startFrame + ", " + endFrame + ")");
        }
        if (timeline == null) {
            return new NoFlavor(NoFlavor.Reason.NO_AUDIO, 0);
        }
        return between((double) startFrame / sampleRate, (double) endFrame / sampleRate);
    }

    /** The vector of seconds {@code [from, to)}. */
    FlavorOutcome between(double from, double to) {
        double[] raw = descriptors(from, to);
        return raw == null ? refusal(from, to) : new FlavorVector(FlavorVector.VERSION, FlavorLayout.standardise(raw));
    }

    /** The raw descriptors of seconds {@code [from, to)}; null when that stretch gives no vector. */
    double[] descriptors(double from, double to) {
        if (timeline == null) {
            return null;
        }
        int firstHop = hopAt(from);
        int endHop = hopAt(to);
        if ((endHop - firstHop) * HOP_SECONDS < MIN_SECONDS) {
            return null;
        }
        int firstRow = FeatureRows.rowOf(firstHop);
        int lastRow = FeatureRows.rowOf(endHop - 1);
        double n = 0;
        double[] mean = new double[FEATURES];
        double[] m2 = new double[FEATURES];
        double loudnessWeight = 0;
        double loudnessMean = 0;
        double loudnessM2 = 0;
        for (int row = firstRow; row <= lastRow; row++) {
            int rowFirst = Math.max(0, hopAt(row));
            int rowEnd = Math.min(timeline.hops(), hopAt(row + 1.0));
            int inside = Math.min(rowEnd, endHop) - Math.max(rowFirst, firstHop);
            double rowN = timeline.count()[row] * inside / (rowEnd - rowFirst);
            if (rowN <= 0) {
                continue;
            }
            // Chan et al.'s pairwise merge of (count, mean, M2).
            double total = n + rowN;
            int at = row * FEATURES;
            for (int f = 0; f < FEATURES; f++) {
                double delta = timeline.mean()[at + f] - mean[f];
                mean[f] += delta * rowN / total;
                m2[f] += timeline.m2()[at + f] * rowN / timeline.count()[row] + delta * delta * n * rowN / total;
            }
            n = total;
            double loudness = timeline.mean()[at + LOUDNESS];
            double delta = loudness - loudnessMean;
            loudnessWeight += rowN;
            loudnessMean += delta * rowN / loudnessWeight;
            loudnessM2 += delta * rowN * (loudness - loudnessMean);
        }
        if (n * HOP_SECONDS < MIN_SOUND_SECONDS) {
            return null;
        }
        double loudnessRange = Math.sqrt(Math.max(0, loudnessM2) / loudnessWeight);
        return Descriptors.of(n, mean, m2, loudnessRange, timeline, firstHop, endHop);
    }

    /** Why seconds {@code [from, to)} give no vector (descriptors returned null). */
    private NoFlavor refusal(double from, double to) {
        if (timeline == null) {
            return new NoFlavor(NoFlavor.Reason.NO_AUDIO, 0);
        }
        double analysed = (hopAt(to) - hopAt(from)) * HOP_SECONDS;
        if (analysed < MIN_SECONDS) {
            return truncated && to > seconds
                    ? new NoFlavor(NoFlavor.Reason.NOT_ANALYSED, analysed)
                    : new NoFlavor(NoFlavor.Reason.TOO_SHORT, analysed);
        }
        return new NoFlavor(NoFlavor.Reason.SILENCE, analysed);
    }

    /** The first hop whose frame centre is at or after {@code second}, within [0, hops]. */
    private int hopAt(double second) {
        double hop = Math.ceil((second * RATE - FRAME / 2.0) / HOP);
        return (int) Math.max(0, Math.min(timeline.hops(), hop));
    }

    @Override
    public String toString() {
        return "FlavorProfile[" + seconds + " s analysed" + (truncated ? " of more" : "") + ", " + sampleRate + " Hz]";
    }
}
