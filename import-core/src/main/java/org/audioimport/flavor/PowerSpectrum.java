package org.audioimport.flavor;

import static org.audioimport.flavor.FrameAnalyzer.FRAME;
import static org.audioimport.flavor.FrameAnalyzer.K_HI;

/**
 * The power spectrum of one analysis frame of {@value FrameAnalyzer#FRAME} samples: Hann window, FFT, and
 * the one-sided power of bins 0 to {@link FrameAnalyzer#K_HI}, scaled so that the powers of all bins
 * would add up to the frame's windowed mean square (Parseval). What the flavor's frame features and the
 * textbook MFCCs both start from.
 *
 * <p>Preallocated: {@link #measure} allocates nothing. Not thread-safe.
 */
final class PowerSpectrum {
    private final RealFft fft = new RealFft(K_HI);
    private final float[] window = new float[FRAME];
    private final double[] power = new double[K_HI + 1];
    /** Scales the square of twice a bin's magnitude to its one-sided power. */
    private final double scale;

    PowerSpectrum() {
        double windowSquares = 0;
        for (int i = 0; i < FRAME; i++) {
            window[i] = (float) (0.5 - 0.5 * Math.cos(2 * Math.PI * i / FRAME));
            windowSquares += (double) window[i] * window[i];
        }
        scale = 2.0 / (FRAME * windowSquares) / 4;
    }

    /**
     * Measures {@code frame} (read only) and returns the power of bins 0 to {@link FrameAnalyzer#K_HI}:
     * the same array on every call, overwritten by the next.
     */
    double[] measure(float[] frame) {
        fft.transform(frame, window);
        float[] twiceRe = fft.twiceRe();
        float[] twiceIm = fft.twiceIm();
        power[0] = twiceRe[0] * (double) twiceRe[0] * scale / 2;
        for (int k = 1; k <= K_HI; k++) {
            double re = twiceRe[k];
            double im = twiceIm[k];
            power[k] = (re * re + im * im) * scale;
        }
        return power;
    }
}
