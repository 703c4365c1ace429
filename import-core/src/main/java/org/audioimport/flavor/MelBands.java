package org.audioimport.flavor;

import static org.audioimport.flavor.FrameAnalyzer.BAND_GROUPS;
import static org.audioimport.flavor.FrameAnalyzer.BIN_HZ;
import static org.audioimport.flavor.FrameAnalyzer.FMAX_HZ;
import static org.audioimport.flavor.FrameAnalyzer.FMIN_HZ;
import static org.audioimport.flavor.FrameAnalyzer.K_HI;
import static org.audioimport.flavor.FrameAnalyzer.MEL_BANDS;

import java.util.Arrays;

/**
 * A frame's {@value FrameAnalyzer#MEL_BANDS} log mel band powers (dB), and what follows from them frame
 * to frame: the onset strength (the mean rise of the bands over the frame before) and the level of each of
 * {@value FrameAnalyzer#BAND_GROUPS} groups of neighbouring bands.
 *
 * <p>Preallocated: {@link #measure} allocates nothing. Not thread-safe.
 */
final class MelBands {
    /**
     * Band floor, relative to the frame's power (-60 dB): a band that holds only 16-bit quantisation
     * noise or what a codec left must not steer the cepstrum, nor make it change with the playback gain.
     */
    private static final double FLOOR_RELATIVE = 1e-6;
    /**
     * A band's rise in one hop counts up to this much: sound after silence is one onset, not a spike
     * that drowns the others.
     */
    private static final double MAX_BAND_RISE_DB = 20;

    private final int[] firstBin = new int[MEL_BANDS];
    private final int[] weightStart = new int[MEL_BANDS + 1];
    private final double[] weights;
    private final double[] mel = new double[MEL_BANDS];
    private final double[] previous = new double[MEL_BANDS];
    private final float[] groupLevels = new float[BAND_GROUPS];
    private boolean hasPrevious;
    private float onset;

    MelBands() {
        weights = filterbank();
    }

    /** Forgets the previous frame: the next one starts a new stream. */
    void reset() {
        hasPrevious = false;
    }

    /** The last frame's log mel band powers, dB (read only; overwritten by the next frame). */
    double[] levels() {
        return mel;
    }

    /** The last frame's level in each group of neighbouring bands (the mean of their dB), lowest first. */
    float[] groupLevels() {
        return groupLevels;
    }

    /** Onset strength of the last frame: the mean rise of its bands over the frame before, dB. */
    float onset() {
        return onset;
    }

    /** Measures the bands of {@code power}, whose bins in the analysed band add up to {@code total}. */
    void measure(double[] power, double total) {
        double floor = FLOOR_RELATIVE * total + 1e-12; // and -120 dBFS for digital silence
        for (int b = 0; b < MEL_BANDS; b++) {
            double sum = 0;
            for (int w = weightStart[b], k = firstBin[b]; w < weightStart[b + 1]; w++, k++) {
                sum += weights[w] * power[k];
            }
            mel[b] = 10 * Math.log10(sum + floor);
        }
        double rise = 0;
        if (hasPrevious) {
            for (int b = 0; b < MEL_BANDS; b++) {
                double up = mel[b] - previous[b];
                if (up > 0) {
                    rise += Math.min(up, MAX_BAND_RISE_DB);
                }
            }
        }
        onset = (float) (rise / MEL_BANDS);
        for (int g = 0, b = 0; g < BAND_GROUPS; g++) {
            int size = MEL_BANDS / BAND_GROUPS + (g < MEL_BANDS % BAND_GROUPS ? 1 : 0);
            double sum = 0;
            for (int i = 0; i < size; i++, b++) {
                sum += mel[b];
            }
            groupLevels[g] = (float) (sum / size);
        }
        System.arraycopy(mel, 0, previous, 0, MEL_BANDS);
        hasPrevious = true;
    }

    /**
     * Triangular mel filters (HTK mel scale), {@value FrameAnalyzer#FMIN_HZ} Hz to {@value
     * FrameAnalyzer#FMAX_HZ} Hz, each of unit area so that a band's power is a density: white noise gives
     * equal bands.
     */
    private double[] filterbank() {
        double low = hzToMel(FMIN_HZ);
        double high = hzToMel(FMAX_HZ);
        double[] edges = new double[MEL_BANDS + 2];
        for (int i = 0; i < edges.length; i++) {
            edges[i] = melToHz(low + (high - low) * i / (MEL_BANDS + 1));
        }
        double[] all = new double[MEL_BANDS * (K_HI + 1)];
        int at = 0;
        for (int b = 0; b < MEL_BANDS; b++) {
            double lower = edges[b];
            double centre = edges[b + 1];
            double upper = edges[b + 2];
            int first = (int) Math.ceil(lower / BIN_HZ);
            int last = Math.min(K_HI, (int) Math.floor(upper / BIN_HZ));
            firstBin[b] = first;
            weightStart[b] = at;
            double area = 2 / (upper - lower);
            for (int k = first; k <= last; k++) {
                double hz = k * BIN_HZ;
                double rise = hz <= centre ? (hz - lower) / (centre - lower) : (upper - hz) / (upper - centre);
                all[at++] = Math.max(0, rise) * area;
            }
        }
        weightStart[MEL_BANDS] = at;
        return Arrays.copyOf(all, at);
    }

    /** The HTK mel scale. */
    static double hzToMel(double hz) {
        return 2595 * Math.log10(1 + hz / 700);
    }

    static double melToHz(double mel) {
        return 700 * (Math.pow(10, mel / 2595) - 1);
    }
}
