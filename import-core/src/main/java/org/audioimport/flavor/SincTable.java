package org.audioimport.flavor;

/**
 * The {@link Resampler}'s filter: a Kaiser-windowed sinc, tabulated in {@value #PHASES} phases. Going
 * down, the sinc's cutoff is the output rate's Nyquist frequency and {@value #ZERO_CROSSINGS} zero
 * crossings a side with β = {@value #KAISER_BETA} give a transition from about 8.5 to 13.5 kHz (22,050
 * Hz out) with 60 dB rejection past it: whatever aliases lands above 8.5 kHz, above the analysed band.
 * Going up, the cutoff is the input's Nyquist frequency.
 *
 * @param half  taps on each side of the centre
 * @param taps  taps of each phase: twice {@code half}
 * @param rows  phase {@code p}'s taps at {@code rows[p x taps ..]}, each phase's summing to 1
 */
record SincTable(int half, int taps, float[] rows) {

    static final int ZERO_CROSSINGS = 8;
    static final double KAISER_BETA = 5.65;
    static final int PHASES = 256;

    /** The filter from {@code inRate} to {@code outRate}; no taps when they are equal. */
    static SincTable between(int inRate, int outRate) {
        if (inRate == outRate) {
            return new SincTable(0, 0, new float[0]);
        }
        // Cutoff as a fraction of the input's Nyquist frequency; the kernel is that many times wider.
        double cutoff = Math.min(1.0, (double) outRate / inRate);
        double reach = ZERO_CROSSINGS / cutoff;
        int half = (int) Math.ceil(reach);
        int taps = 2 * half;
        float[] table = new float[PHASES * taps];
        double norm = besselI0(KAISER_BETA);
        for (int p = 0; p < PHASES; p++) {
            double frac = (double) p / PHASES;
            double sum = 0;
            for (int j = 0; j < taps; j++) {
                double d = j - half + 1 - frac;
                double x = d / reach;
                double w = Math.abs(x) >= 1 ? 0 : besselI0(KAISER_BETA * Math.sqrt(1 - x * x)) / norm;
                double h = w * cutoff * sinc(cutoff * d);
                table[p * taps + j] = (float) h;
                sum += h;
            }
            for (int j = 0; j < taps; j++) {
                table[p * taps + j] /= (float) sum;
            }
        }
        return new SincTable(half, taps, table);
    }

    /**
     * Exactly 0 at the zero crossings, which {@code sin} misses by a rounding error: with a whole
     * step s, every s-th tap of the table then is 0 and the resampler skips it (half the taps from
     * 44.1 kHz).
     */
    private static double sinc(double x) {
        if (x == Math.rint(x)) {
            return x == 0 ? 1 : 0;
        }
        return Math.sin(Math.PI * x) / (Math.PI * x);
    }

    /** The modified Bessel function of the first kind, order 0, by its power series. */
    static double besselI0(double x) {
        double sum = 1;
        double term = 1;
        double quarter = x * x / 4;
        for (int k = 1; k < 50 && term > sum * 1e-16; k++) {
            term *= quarter / ((double) k * k);
            sum += term;
        }
        return sum;
    }
}
