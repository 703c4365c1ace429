package org.audioimport.flavor;

import static org.audioimport.flavor.FlavorLayout.CENTROID_MEAN;
import static org.audioimport.flavor.FlavorLayout.CENTROID_STD;
import static org.audioimport.flavor.FlavorLayout.CHROMA_DFT;
import static org.audioimport.flavor.FlavorLayout.CONTRAST_MEAN;
import static org.audioimport.flavor.FlavorLayout.FLATNESS_MEAN;
import static org.audioimport.flavor.FlavorLayout.FLATNESS_STD;
import static org.audioimport.flavor.FlavorLayout.FLUCTUATION;
import static org.audioimport.flavor.FlavorLayout.KEY_STRENGTH;
import static org.audioimport.flavor.FlavorLayout.LOUDNESS_MEAN;
import static org.audioimport.flavor.FlavorLayout.LOUDNESS_PERCENTILES;
import static org.audioimport.flavor.FlavorLayout.LOUDNESS_RANGE;
import static org.audioimport.flavor.FlavorLayout.LOUDNESS_SPREAD;
import static org.audioimport.flavor.FlavorLayout.MFCC_MEAN;
import static org.audioimport.flavor.FlavorLayout.MFCC_STD;
import static org.audioimport.flavor.FlavorLayout.MODE;
import static org.audioimport.flavor.FlavorLayout.ONSET_RATE;
import static org.audioimport.flavor.FlavorLayout.ONSET_STRENGTH;
import static org.audioimport.flavor.FlavorLayout.PULSE_CLARITY;
import static org.audioimport.flavor.FlavorLayout.RELATIVE_LEVEL;
import static org.audioimport.flavor.FlavorLayout.ROLLOFF_MEAN;
import static org.audioimport.flavor.FlavorLayout.ROLLOFF_STD;
import static org.audioimport.flavor.FlavorLayout.TEMPO_COS;
import static org.audioimport.flavor.FlavorLayout.TEMPO_SIN;
import static org.audioimport.flavor.FlavorLayout.ZCR_MEAN;
import static org.audioimport.flavor.FlavorLayout.ZCR_STD;

import java.util.Arrays;

/**
 * Turns the merged frame statistics and onset envelope of a stretch of audio into the raw
 * descriptors, in the order of {@link FlavorLayout}.
 */
final class Descriptors {

    private Descriptors() {}

    /**
     * @param n              non-silent frames (may be fractional: rows cut by a range count in part)
     * @param mean           mean of each frame feature ({@link FrameAnalyzer} indices)
     * @param m2             sum of squared deviations of each frame feature
     * @param loudnessRange  deviation of the per-second mean loudness, dB
     * @param timeline       the per-hop onset strength, band group levels, loudness and voicing; the
     *                       stretch is hops {@code [from, to)}
     */
    static double[] of(
            double n,
            double[] mean,
            double[] m2,
            double loudnessRange,
            FeatureRows.Timeline timeline,
            int from,
            int to) {
        float[] onset = timeline.onset();
        float[] levels = timeline.levels();
        double[] raw = new double[FlavorLayout.DIMENSION];
        for (int c = 0; c < FrameAnalyzer.MFCCS; c++) {
            raw[MFCC_MEAN + c] = mean[FrameAnalyzer.MFCC + c];
            raw[MFCC_STD + c] = std(n, m2, FrameAnalyzer.MFCC + c);
        }
        raw[CENTROID_MEAN] = mean[FrameAnalyzer.CENTROID];
        raw[CENTROID_STD] = std(n, m2, FrameAnalyzer.CENTROID);
        raw[ROLLOFF_MEAN] = mean[FrameAnalyzer.ROLLOFF];
        raw[ROLLOFF_STD] = std(n, m2, FrameAnalyzer.ROLLOFF);
        raw[FLATNESS_MEAN] = mean[FrameAnalyzer.FLATNESS];
        raw[FLATNESS_STD] = std(n, m2, FrameAnalyzer.FLATNESS);
        for (int b = 0; b < FrameAnalyzer.CONTRAST_BANDS; b++) {
            raw[CONTRAST_MEAN + b] = mean[FrameAnalyzer.CONTRAST + b];
        }
        raw[ZCR_MEAN] = mean[FrameAnalyzer.ZCR];
        raw[ZCR_STD] = std(n, m2, FrameAnalyzer.ZCR);

        double[] tempo = Rhythm.tempo(onset, from, to);
        double turn = 2 * Math.PI * Math.log(tempo[0] / Rhythm.PRIOR_BPM) / Math.log(2);
        raw[TEMPO_COS] = Math.cos(turn);
        raw[TEMPO_SIN] = Math.sin(turn);
        raw[PULSE_CLARITY] = tempo[1];
        raw[ONSET_RATE] = Rhythm.onsetRate(onset, from, to);
        raw[ONSET_STRENGTH] = Rhythm.mean(onset, from, to);

        double[] chroma = Arrays.copyOfRange(mean, FrameAnalyzer.CHROMA, FrameAnalyzer.CHROMA + 12);
        System.arraycopy(Harmony.dftMagnitudes(chroma), 0, raw, CHROMA_DFT, 6);
        double[] key = Harmony.key(chroma);
        raw[KEY_STRENGTH] = key[0];
        raw[MODE] = key[1];

        raw[LOUDNESS_MEAN] = mean[FrameAnalyzer.LOUDNESS];
        raw[LOUDNESS_SPREAD] = std(n, m2, FrameAnalyzer.LOUDNESS);
        raw[LOUDNESS_RANGE] = loudnessRange;
        double[] percentiles = LoudnessPercentiles.of(timeline.loudness(), timeline.voiced(), from, to);
        System.arraycopy(percentiles, 0, raw, LOUDNESS_PERCENTILES, percentiles.length);

        System.arraycopy(
                BlockPatterns.relativeLevels(levels, timeline.voiced(), from, to),
                0,
                raw,
                RELATIVE_LEVEL,
                FrameAnalyzer.BAND_GROUPS);
        double[] fluctuation = BlockPatterns.fluctuation(levels, from, to);
        System.arraycopy(fluctuation, 0, raw, FLUCTUATION, fluctuation.length);
        return raw;
    }

    private static double std(double n, double[] m2, int feature) {
        return n > 0 ? Math.sqrt(Math.max(0, m2[feature]) / n) : 0;
    }
}
