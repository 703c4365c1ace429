package org.audioimport.flavor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MelCepstrumTest {

    private static float[] noise(double amplitude) {
        Random random = new Random(7);
        float[] frame = new float[FrameAnalyzer.FRAME];
        for (int i = 0; i < frame.length; i++) {
            frame[i] = (float) (amplitude * (2 * random.nextDouble() - 1));
        }
        return frame;
    }

    @Test
    void doublingTheLevelRaisesOnlyTheZerothCoefficientBy6dbTimesTheRootOfTheBands() {
        // Every log band rises by 20 log10(2) dB; the orthonormal DCT's 0th row is 1/sqrt(40) each,
        // so c0 rises by 20 log10(2) sqrt(40) and the other rows, which sum to 0, do not move.
        MelCepstrum cepstrum = new MelCepstrum();
        double[] quiet = new double[MelCepstrum.COEFFICIENTS];
        double[] loud = new double[MelCepstrum.COEFFICIENTS];
        float[] frame = noise(0.1);
        float[] doubled = frame.clone();
        for (int i = 0; i < doubled.length; i++) {
            doubled[i] *= 2;
        }
        assertTrue(cepstrum.analyse(frame, quiet));
        assertTrue(cepstrum.analyse(doubled, loud));
        assertEquals(20 * Math.log10(2) * Math.sqrt(MelCepstrum.MEL_BANDS), loud[0] - quiet[0], 1e-3);
        for (int c = 1; c < MelCepstrum.COEFFICIENTS; c++) {
            assertEquals(quiet[c], loud[c], 1e-3, "c" + c);
        }
    }

    @Test
    void aToneHasMoreSpectralShapeThanNoise() {
        MelCepstrum cepstrum = new MelCepstrum();
        float[] tone = new float[FrameAnalyzer.FRAME];
        for (int i = 0; i < tone.length; i++) {
            tone[i] = (float) (0.3 * Math.sin(2 * Math.PI * 440 * i / FrameAnalyzer.RATE));
        }
        double[] toneCoefficients = new double[MelCepstrum.COEFFICIENTS];
        double[] noiseCoefficients = new double[MelCepstrum.COEFFICIENTS];
        cepstrum.analyse(tone, toneCoefficients);
        cepstrum.analyse(noise(0.3), noiseCoefficients);
        assertTrue(shape(toneCoefficients) > 2 * shape(noiseCoefficients));
    }

    @Test
    void aSilentFrameGivesNoCoefficients() {
        assertFalse(new MelCepstrum().analyse(new float[FrameAnalyzer.FRAME], new double[MelCepstrum.COEFFICIENTS]));
    }

    private static double shape(double[] coefficients) {
        double sum = 0;
        for (int c = 1; c < coefficients.length; c++) {
            sum += coefficients[c] * coefficients[c];
        }
        return sum;
    }
}
