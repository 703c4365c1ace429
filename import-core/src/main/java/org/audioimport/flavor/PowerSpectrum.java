package org.audioimport.flavor;

import static org.audioimport.flavor.FrameAnalyzer.FRAME;
import static org.audioimport.flavor.FrameAnalyzer.K_HI;

import org.jtransforms.fft.FloatFFT_1D;

/**
 * The power spectrum of one analysis frame of {@value FrameAnalyzer#FRAME} samples: Hann window, FFT, and
 * the one-sided power of bins 0 to {@link FrameAnalyzer#K_HI}, scaled so that the powers of all bins
 * would add up to the frame's windowed mean square (Parseval). What the flavor's frame features and the
 * textbook MFCCs both start from.
 *
 * <p>Preallocated: {@link #measure} allocates nothing. Not thread-safe.
 */
final class PowerSpectrum {
    private final FloatFFT_1D fft = new FloatFFT_1D(FRAME);
    private final float[] window = new float[FRAME];
    private final float[] spectrum = new float[FRAME];
    private final double[] power = new double[K_HI + 1];
    private final double scale;

    PowerSpectrum() {
        double windowSquares = 0;
        for (int i = 0; i < FRAME; i++) {
            window[i] = (float) (0.5 - 0.5 * Math.cos(2 * Math.PI * i / FRAME));
            windowSquares += (double) window[i] * window[i];
        }
        scale = 2.0 / (FRAME * windowSquares);
    }

    /**
     * Measures {@code frame} (read only) and returns the power of bins 0 to {@link FrameAnalyzer#K_HI}:
     * the same array on every call, overwritten by the next.
     */
    double[] measure(float[] frame) {
        for (int i = 0; i < FRAME; i++) {
            spectrum[i] = frame[i] * window[i];
        }
        fft.realForward(spectrum);
        power[0] = spectrum[0] * (double) spectrum[0] * scale / 2;
        for (int k = 1; k <= K_HI; k++) {
            double re = spectrum[2 * k];
            double im = spectrum[2 * k + 1];
            power[k] = (re * re + im * im) * scale;
        }
        return power;
    }
}
