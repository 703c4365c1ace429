package org.audioimport.flavor;

/**
 * Harmony descriptors of a mean chroma vector (12 pitch classes, C first), all of them the same in
 * every key: the magnitudes of the chroma's DFT and how strongly it matches a major or minor key.
 *
 * <p>Why not the 12 chroma bins themselves: they say mostly which key a piece is in, and two
 * pieces in different keys can sound alike. The DFT magnitudes keep the shape of the pitch
 * content (|k=5|: diatonic, fifths; |k=3|: augmented; |k=4|: diminished; |k=6|: whole-tone;
 * |k=1|, |k=2|: clustered) and drop the transposition.
 */
final class Harmony {

    /** Krumhansl and Kessler's probe-tone ratings, tonic first. */
    static final double[] MAJOR = {6.35, 2.23, 3.48, 2.33, 4.38, 4.09, 2.52, 5.19, 2.39, 3.66, 2.29, 2.88};

    static final double[] MINOR = {6.33, 2.68, 3.52, 5.38, 2.60, 3.53, 2.54, 4.75, 3.98, 2.69, 3.34, 3.17};

    private Harmony() {}

    /** |DFT_k| of the chroma scaled to sum 1, k = 1..6: each in [0, 1]. */
    static double[] dftMagnitudes(double[] chroma) {
        double sum = 0;
        for (double c : chroma) {
            sum += c;
        }
        double[] out = new double[6];
        if (sum <= 0) {
            return out;
        }
        for (int k = 1; k <= 6; k++) {
            double re = 0;
            double im = 0;
            for (int n = 0; n < 12; n++) {
                double angle = -2 * Math.PI * k * n / 12;
                re += chroma[n] / sum * Math.cos(angle);
                im += chroma[n] / sum * Math.sin(angle);
            }
            out[k - 1] = Math.hypot(re, im);
        }
        return out;
    }

    /**
     * Key strength and mode: the best Pearson correlation of the chroma with the 24 rotated key
     * profiles, and the best major correlation minus the best minor one.
     */
    static double[] key(double[] chroma) {
        double bestMajor = -1;
        double bestMinor = -1;
        for (int tonic = 0; tonic < 12; tonic++) {
            bestMajor = Math.max(bestMajor, correlation(chroma, MAJOR, tonic));
            bestMinor = Math.max(bestMinor, correlation(chroma, MINOR, tonic));
        }
        return new double[] {Math.max(bestMajor, bestMinor), bestMajor - bestMinor};
    }

    private static double correlation(double[] chroma, double[] profile, int tonic) {
        double meanC = 0;
        double meanP = 0;
        for (int i = 0; i < 12; i++) {
            meanC += chroma[i] / 12;
            meanP += profile[i] / 12;
        }
        double cross = 0;
        double varC = 0;
        double varP = 0;
        for (int i = 0; i < 12; i++) {
            double c = chroma[(tonic + i) % 12] - meanC;
            double p = profile[i] - meanP;
            cross += c * p;
            varC += c * c;
            varP += p * p;
        }
        return varC <= 0 ? 0 : cross / Math.sqrt(varC * varP);
    }
}
