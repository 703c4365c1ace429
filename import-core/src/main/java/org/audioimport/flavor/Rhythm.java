package org.audioimport.flavor;

import static org.audioimport.flavor.FrameAnalyzer.HOP_SECONDS;

/**
 * Rhythm descriptors of a stretch of the onset-strength envelope (one value per hop of 46 ms):
 * tempo by autocorrelation, how clear that pulse is, how many onsets a second, how strong.
 */
final class Rhythm {

    static final double MIN_BPM = 30;
    static final double MAX_BPM = 240;
    /** Tempo prior: a log-normal around 120 BPM, one octave wide, as librosa's beat tracker uses. */
    static final double PRIOR_BPM = 120;

    static final double PRIOR_OCTAVES = 1;
    /** An onset is a local peak of the envelope above its mean plus half a deviation and above 1 dB. */
    static final double ONSET_DEVIATIONS = 0.5;

    static final double ONSET_MIN_DB = 1;

    private Rhythm() {}

    /**
     * Tempo in BPM and pulse clarity (the autocorrelation at the tempo's lag, 0 to 1), from the
     * envelope smoothed by a Gaussian of one hop. Unsmoothed, onsets snapped to whole hops make a
     * period of 8.6 hops (150 BPM) alternate gaps of 8 and 9, so that twice the period correlates
     * better and the tempo comes out halved.
     */
    static double[] tempo(float[] onset, int from, int to) {
        int n = to - from;
        double[] o = smooth(onset, from, to);
        double mean = 0;
        for (double v : o) {
            mean += v / n;
        }
        double energy = 0;
        for (int t = 0; t < n; t++) {
            o[t] -= mean;
            energy += o[t] * o[t];
        }
        int minLag = (int) Math.floor(60 / (MAX_BPM * HOP_SECONDS));
        int maxLag = Math.min(n / 2, (int) Math.ceil(60 / (MIN_BPM * HOP_SECONDS)));
        if (energy <= 1e-12 || maxLag <= minLag) {
            return new double[] {PRIOR_BPM, 0};
        }
        double[] r = new double[maxLag + 2];
        for (int lag = Math.max(1, minLag - 1); lag <= maxLag + 1 && lag < n; lag++) {
            double sum = 0;
            for (int t = 0; t + lag < n; t++) {
                sum += o[t] * o[t + lag];
            }
            r[lag] = sum / (n - lag) * n / energy;
        }
        int best = minLag;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int lag = minLag; lag <= maxLag; lag++) {
            double octaves = Math.log(60 / (lag * HOP_SECONDS) / PRIOR_BPM) / Math.log(2) / PRIOR_OCTAVES;
            double score = r[lag] * Math.exp(-0.5 * octaves * octaves);
            if (score > bestScore) {
                bestScore = score;
                best = lag;
            }
        }
        double lag = best;
        double left = r[best - 1];
        double right = r[best + 1];
        double curve = left - 2 * r[best] + right;
        if (curve < 0) {
            lag += Math.max(-0.5, Math.min(0.5, 0.5 * (left - right) / curve));
        }
        double bpm = 60 / (lag * HOP_SECONDS);
        return new double[] {Math.max(MIN_BPM, Math.min(MAX_BPM, bpm)), Math.max(0, Math.min(1, r[best]))};
    }

    /** {@code values[from, to)} convolved with a Gaussian of one hop (σ = 1, cut at 3), edges renormalised. */
    static double[] smooth(float[] values, int from, int to) {
        double[] kernel = new double[7];
        for (int d = -3; d <= 3; d++) {
            kernel[d + 3] = Math.exp(-0.5 * d * d);
        }
        double[] out = new double[to - from];
        for (int t = from; t < to; t++) {
            double sum = 0;
            double weight = 0;
            for (int d = Math.max(-3, from - t); d <= Math.min(3, to - 1 - t); d++) {
                sum += kernel[d + 3] * values[t + d];
                weight += kernel[d + 3];
            }
            out[t - from] = sum / weight;
        }
        return out;
    }

    /** Onsets per second: local peaks of the envelope that stand out. */
    static double onsetRate(float[] onset, int from, int to) {
        double mean = mean(onset, from, to);
        double variance = 0;
        for (int t = from; t < to; t++) {
            double d = onset[t] - mean;
            variance += d * d;
        }
        double threshold = Math.max(ONSET_MIN_DB, mean + ONSET_DEVIATIONS * Math.sqrt(variance / (to - from)));
        int peaks = 0;
        for (int t = from + 1; t < to - 1; t++) {
            float o = onset[t];
            if (o > threshold && o > onset[t - 1] && o >= onset[t + 1]) {
                peaks++;
            }
        }
        return peaks / ((to - from) * HOP_SECONDS);
    }

    static double mean(float[] values, int from, int to) {
        double sum = 0;
        for (int t = from; t < to; t++) {
            sum += values[t];
        }
        return to > from ? sum / (to - from) : 0;
    }
}
