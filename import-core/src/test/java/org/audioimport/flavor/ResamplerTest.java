package org.audioimport.flavor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;
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
        int n;
        while ((n = resampler.drain(chunk, chunk.length)) > 0) {
            System.arraycopy(chunk, 0, out, produced, n);
            produced += n;
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
        float[] scalar = resample(pcm, rate, 2, new Resampler(OUT, new ScalarWholeStepKernel(), Optional.empty()));
        float[] vector = resample(pcm, rate, 2, new Resampler(OUT, new VectorWholeStepKernel(), Optional.empty()));
        assertEquals(scalar.length, vector.length);
        for (int i = 0; i < scalar.length; i++) {
            assertEquals(Float.floatToRawIntBits(scalar[i]), Float.floatToRawIntBits(vector[i]), "output " + i);
        }
    }

    /**
     * Output by output, {@link Resampler#ready()} counts what a read gives: after every write, at rates
     * that pass through, take a whole step or a fractional one, written a few frames or a block at a time.
     */
    @ParameterizedTest
    @ValueSource(ints = {8_000, 22_050, 44_100, 48_000, 88_200, 96_000, 176_400})
    void readyCountsTheOutputsAReadGives(int rate) {
        float[] pcm = Synth.piece(rate, 2, 77, new int[][] {{60, 64, 67}}, 0.8).pcm(2);
        float[] chunk = new float[700];
        float[] out = new float[(int) ((long) pcm.length * OUT / rate) + 64];
        for (int writes : new int[] {1, 7, 4_096}) {
            Resampler resampler = new Resampler(OUT, new VectorWholeStepKernel(), Optional.empty());
            resampler.start(rate);
            int produced = 0;
            int frames = pcm.length / 2;
            for (int done = 0; done < frames; ) {
                int n = Math.min(writes, frames - done);
                int took = 0;
                while (took < n) {
                    long before = resampler.ready();
                    took += resampler.write(pcm, done + took, n - took, 2);
                    assertTrue(resampler.ready() >= before, "ready never falls");
                    produced += drainInto(resampler, chunk, out, produced, false);
                    assertEquals(
                            produced,
                            resampler.ready(),
                            "ready after " + (done + took) + " frames, writes of " + writes);
                }
                done += n;
            }
        }
    }

    /**
     * From every fractional step a library holds, in writes of every size (from a few frames, less than a
     * block, to more than the buffer takes): the same outputs as output by output, to the bit, and {@link
     * Resampler#ready()} always what output by output would have produced by then.
     */
    @ParameterizedTest
    @ValueSource(
            ints = {8_000, 11_025, 12_000, 16_000, 24_000, 32_000, 37_800, 48_000, 64_000, 96_000, 192_000, 384_000})
    void blocksOfWholePeriodsResampleAsOutputByOutputToTheBit(int rate) {
        float[] pcm = Synth.piece(rate, 3, 321, new int[][] {{60, 64, 67}, {57, 60, 64}}, 0.8)
                .pcm(2);
        for (int writes : new int[] {7, 1_000, 4_096, 20_000}) {
            Resampler each = new Resampler(OUT, new VectorWholeStepKernel(), Optional.empty());
            Resampler blocks = new Resampler(OUT, new VectorWholeStepKernel(), Optional.of(new VectorPeriodKernel()));
            each.start(rate);
            blocks.start(rate);
            float[] expected = new float[(int) ((long) pcm.length * OUT / rate) + 64];
            float[] actual = new float[expected.length];
            int expectedCount = 0;
            int actualCount = 0;
            int frames = pcm.length / 2;
            float[] chunk = new float[700];
            for (int done = 0; done < frames; ) {
                int n = Math.min(writes, frames - done);
                int took = 0;
                while (took < n) {
                    int step = each.write(pcm, done + took, n - took, 2);
                    int taken = 0;
                    while (taken < step) {
                        taken += blocks.write(pcm, done + took + taken, step - taken, 2);
                        actualCount += drainInto(blocks, chunk, actual, actualCount, false);
                    }
                    took += step;
                    expectedCount += drainInto(each, chunk, expected, expectedCount, false);
                }
                done += n;
                assertEquals(expectedCount, blocks.ready(), "outputs ready after " + done + " frames");
            }
            actualCount += drainInto(blocks, chunk, actual, actualCount, true);
            assertEquals(expectedCount, actualCount, "outputs in all, writes of " + writes);
            for (int i = 0; i < expectedCount; i++) {
                assertEquals(
                        Float.floatToRawIntBits(expected[i]),
                        Float.floatToRawIntBits(actual[i]),
                        "output " + i + ", writes of " + writes);
            }
        }
    }

    /**
     * The exact position of every output over the 600 s the flavor reads is the one the doubles of flavor
     * version 4 gave, at every rate a library may hold up to 384 kHz and an odd one (47,999 Hz): the change
     * to integers moved no output of any file.
     */
    @ParameterizedTest
    @ValueSource(
            ints = {
                8_000, 11_025, 12_000, 16_000, 24_000, 32_000, 37_800, 47_999, 48_000, 64_000, 96_000, 192_000, 384_000
            })
    void theExactPositionIsTheOneTheDoublesGave(int rate) {
        long common = BigInteger.valueOf(rate).gcd(BigInteger.valueOf(OUT)).longValueExact();
        double step = (double) rate / OUT;
        long outputs = (long) FlavorSink.DEFAULT_MAX_SECONDS * OUT;
        for (long m = 0; m < outputs; m++) {
            double t = m * step;
            long base = (long) t;
            int phase = (int) Math.round((t - base) * SincTable.PHASES);
            if (phase == SincTable.PHASES) {
                base++;
                phase = 0;
            }
            long doubles = base * SincTable.PHASES + phase;
            if (doubles != Resampler.position(m, rate / common, OUT / common)) {
                assertEquals(doubles, Resampler.position(m, rate / common, OUT / common), "output " + m);
            }
        }
    }

    /** Reads (or, at the end, drains) every output the resampler gives into {@code out} from {@code at}. */
    private static int drainInto(Resampler resampler, float[] chunk, float[] out, int at, boolean end) {
        int total = 0;
        int n;
        while ((n = end ? resampler.drain(chunk, chunk.length) : resampler.read(chunk, chunk.length)) > 0) {
            System.arraycopy(chunk, 0, out, at + total, n);
            total += n;
        }
        return total;
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
