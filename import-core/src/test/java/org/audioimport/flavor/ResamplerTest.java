package org.audioimport.flavor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResamplerTest {

    private static final int OUT = 22_050;

    /** Resamples {@code seconds} of a sine at {@code hz}, stereo; returns the output. */
    private static float[] resampleSine(int rate, double hz, double seconds) {
        return resample(Synth.sine(rate, seconds, hz, 0.5).pcm(2), rate, 2);
    }

    private static float[] resample(float[] pcm, int rate, int channels) {
        return resample(pcm, rate, channels, new Resampler(OUT));
    }

    private static float[] resample(float[] pcm, int rate, int channels, Resampler resampler) {
        resampler.start(rate);
        int frames = pcm.length / channels;
        float[] out = new float[(int) ((long) frames * OUT / rate) + 16];
        float[] chunk = new float[500];
        int produced = 0;
        int done = 0;
        while (done < frames) {
            done += resampler.write(pcm, done, Math.min(3000, frames - done), channels);
            int n;
            while ((n = resampler.read(chunk, chunk.length)) > 0) {
                System.arraycopy(chunk, 0, out, produced, n);
                produced += n;
            }
        }
        return Arrays.copyOf(out, produced);
    }

    /** RMS level in dB of the middle of {@code x}, away from the edges. */
    private static double levelDb(float[] x) {
        double sum = 0;
        int from = x.length / 4;
        int to = 3 * x.length / 4;
        for (int i = from; i < to; i++) {
            sum += (double) x[i] * x[i];
        }
        return 10 * Math.log10(sum / (to - from));
    }

    @ParameterizedTest
    @ValueSource(ints = {8_000, 16_000, 32_000, 44_100, 48_000, 96_000})
    void aToneInTheAnalysedBandKeepsItsLevel(int rate) {
        double expected = 10 * Math.log10(0.125); // a sine of amplitude 0.5
        assertEquals(expected, levelDb(resampleSine(rate, 1000, 1)), 0.05);
    }

    @ParameterizedTest
    @ValueSource(ints = {44_100, 48_000, 96_000})
    void aToneThatWouldAliasIntoTheAnalysedBandIsRemoved(int rate) {
        // 14.5 kHz would fold to 7.55 kHz at 22,050 Hz, inside the analysed band.
        assertTrue(levelDb(resampleSine(rate, 14_500, 1)) < -9 - 55);
    }

    /** The tests run with jdk.incubator.vector resolved, so the default kernel is the Vector API's. */
    @ParameterizedTest
    @ValueSource(ints = {44_100, 88_200, 176_400})
    void theVectorKernelResamplesAsTheScalarOneToTheBit(int rate) {
        float[] pcm = Synth.piece(rate, 5, 123, new int[][] {{60, 64, 67}, {57, 60, 64}}, 0.8)
                .pcm(2);
        float[] scalar = resample(pcm, rate, 2, new Resampler(OUT, new ScalarWholeStepKernel()));
        float[] vector = resample(pcm, rate, 2, new Resampler(OUT, new VectorWholeStepKernel()));
        assertEquals(scalar.length, vector.length);
        for (int i = 0; i < scalar.length; i++) {
            assertEquals(Float.floatToRawIntBits(scalar[i]), Float.floatToRawIntBits(vector[i]), "output " + i);
        }
    }

    @Test
    void theOutputIsAlignedWithTheInput() {
        float[] impulse = new float[48_000];
        impulse[24_000] = 0.5f;
        float[] out = resample(impulse, 48_000, 1);
        int peak = 0;
        for (int i = 1; i < out.length; i++) {
            if (Math.abs(out[i]) > Math.abs(out[peak])) {
                peak = i;
            }
        }
        assertEquals(24_000 * 22_050 / 48_000.0, peak, 1.0);
    }

    @Test
    void theAnalysisRatePassesThroughUnchanged() {
        float[] pcm = Synth.sine(OUT, 0.5, 440, 0.5).pcm(1);
        float[] out = resample(pcm, OUT, 1);
        assertEquals(pcm.length, out.length);
        for (int i = 0; i < pcm.length; i++) {
            assertEquals(pcm[i], out[i]);
        }
    }

    @Test
    void channelsAreAveraged() {
        float[] pcm = new float[2 * OUT];
        for (int i = 0; i < OUT; i++) {
            pcm[2 * i] = 8_000 / 32_768f;
            pcm[2 * i + 1] = -4_000 / 32_768f;
        }
        float[] out = resample(pcm, OUT, 2);
        assertEquals(2_000 / 32_768f, out[100]);
    }
}
