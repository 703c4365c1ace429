package org.audioimport.flavor;

import static org.audioimport.flavor.FrameAnalyzer.BAND_GROUPS;
import static org.audioimport.flavor.FrameAnalyzer.FEATURES;
import static org.audioimport.flavor.FrameAnalyzer.FRAME;
import static org.audioimport.flavor.FrameAnalyzer.HOP;
import static org.audioimport.flavor.FrameAnalyzer.LOUDNESS;
import static org.audioimport.flavor.FrameAnalyzer.RATE;

import java.util.Arrays;

/**
 * What a file's frames said, kept compact enough to aggregate any range later: one row per second
 * of audio with the count, mean and squared deviations (Welford) of each frame feature over the
 * second's non-silent frames, plus, for every hop (21.5 a second), the onset strength for tempo,
 * the band group levels for the block-level patterns and the loudness for its percentiles. A
 * frame belongs to the second its centre falls in.
 *
 * <p>Memory grows with the audio analysed, which the sink bounds: about 1.8 KB a second.
 */
final class FeatureRows {

    /** The loudness kept for a silent hop: the silence threshold, dBFS. */
    static final float SILENT_LOUDNESS = (float) (10 * Math.log10(FrameAnalyzer.SILENT_POWER));

    private int rows;
    private double[] count = new double[64];
    private double[] mean = new double[64 * FEATURES];
    private double[] m2 = new double[64 * FEATURES];
    private int hops;
    private float[] onset = new float[64 * 22];
    private float[] levels = new float[64 * 22 * BAND_GROUPS];
    private float[] loudness = new float[64 * 22];
    private boolean[] voicedHops = new boolean[64 * 22];

    void clear() {
        Arrays.fill(count, 0, rows, 0);
        Arrays.fill(mean, 0, rows * FEATURES, 0);
        Arrays.fill(m2, 0, rows * FEATURES, 0);
        rows = 0;
        hops = 0;
    }

    /** Row (second) of the frame that starts at analysis sample {@code hop x HOP}. */
    static int rowOf(long hop) {
        return (int) ((hop * HOP + FRAME / 2) / RATE);
    }

    /**
     * Adds the next hop's frame: its onset strength and band group levels, and its features when it
     * is not silent.
     */
    void add(boolean voiced, float[] features, float onsetStrength, float[] groupLevels) {
        if (hops == onset.length) {
            onset = Arrays.copyOf(onset, 2 * hops);
            levels = Arrays.copyOf(levels, 2 * hops * BAND_GROUPS);
            voicedHops = Arrays.copyOf(voicedHops, 2 * hops);
            loudness = Arrays.copyOf(loudness, 2 * hops);
        }
        int row = rowOf(hops);
        System.arraycopy(groupLevels, 0, levels, hops * BAND_GROUPS, BAND_GROUPS);
        voicedHops[hops] = voiced;
        loudness[hops] = voiced ? features[LOUDNESS] : SILENT_LOUDNESS;
        onset[hops++] = onsetStrength;
        if (row >= rows) {
            grow(row + 1);
        }
        if (!voiced) {
            return;
        }
        double n = ++count[row];
        for (int f = 0, at = row * FEATURES; f < FEATURES; f++, at++) {
            double x = features[f];
            double delta = x - mean[at];
            mean[at] += delta / n;
            m2[at] += delta * (x - mean[at]);
        }
    }

    private void grow(int needed) {
        if (needed > count.length) {
            int capacity = Math.max(needed, 2 * count.length);
            count = Arrays.copyOf(count, capacity);
            mean = Arrays.copyOf(mean, capacity * FEATURES);
            m2 = Arrays.copyOf(m2, capacity * FEATURES);
        }
        rows = needed;
    }

    /** An immutable copy of what was added. */
    Timeline snapshot() {
        return new Timeline(
                Arrays.copyOf(count, rows),
                Arrays.copyOf(mean, rows * FEATURES),
                Arrays.copyOf(m2, rows * FEATURES),
                Arrays.copyOf(onset, hops),
                Arrays.copyOf(levels, hops * BAND_GROUPS),
                Arrays.copyOf(voicedHops, hops),
                Arrays.copyOf(loudness, hops));
    }

    /**
     * The rows and onset strengths of one file, never changed after the snapshot.
     *
     * @param count voiced frames per row
     * @param mean  per row, the mean of each feature ({@code row x FEATURES + feature})
     * @param m2    per row, the sum of squared deviations from that mean
     * @param onset onset strength per hop
     * @param levels per hop, the level of each band group ({@code hop x BAND_GROUPS + group}), dB
     * @param voiced per hop, whether its frame was not silent
     * @param loudness per hop, its frame's loudness (dBFS; {@link #SILENT_LOUDNESS} when silent)
     */
    record Timeline(
            double[] count,
            double[] mean,
            double[] m2,
            float[] onset,
            float[] levels,
            boolean[] voiced,
            float[] loudness) {

        int rows() {
            return count.length;
        }

        int hops() {
            return onset.length;
        }
    }
}
