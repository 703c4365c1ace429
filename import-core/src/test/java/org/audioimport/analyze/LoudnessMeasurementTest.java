package org.audioimport.analyze;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.audioimport.segment.NoAudio;
import org.audioimport.segment.Passage;
import org.audioimport.segment.Segmented;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Loudness, range and true peak of synthetic signals whose values follow from BS.1770-4 and Tech 3342. */
class LoudnessMeasurementTest {

    @Test
    void kWeightingAt48kHzIsTheTableOfBs1770() {
        KWeighting k = new KWeighting(48_000, 1);
        assertEquals(1.53512485958697, k.sb0, 1e-10);
        assertEquals(-2.69169618940638, k.sb1, 1e-10);
        assertEquals(1.19839281085285, k.sb2, 1e-10);
        assertEquals(-1.69065929318241, k.sa1, 1e-10);
        assertEquals(0.73248077421585, k.sa2, 1e-10);
        assertEquals(-1.99004745483398, k.ha1, 1e-10);
        assertEquals(0.99007225036621, k.ha2, 1e-10);
    }

    @Test
    void stereoSineOf997HzAtMinus20DbfsIsMinus20Lufs() {
        for (int rate : new int[] {16_000, 44_100, 48_000}) {
            Loudness loudness = measure(rate, 2, 10.0, t -> 0.1 * Math.sin(2 * Math.PI * 997 * t));
            assertEquals(-20.0, loudness.integratedLufs(), 0.05, "at " + rate + " Hz");
        }
    }

    @Test
    void quietHalfUnderTheRelativeGateDoesNotCount() {
        // 10 s at -20 LUFS then 10 s at -40 LUFS: the -10 LU gate drops the quiet half.
        Loudness loudness = measure(48_000, 2, 20.0, t -> (t < 10 ? 0.1 : 0.01) * Math.sin(2 * Math.PI * 997 * t));
        assertEquals(-20.0, loudness.integratedLufs(), 0.1);
    }

    @Test
    void rangeOfTwoLevelsTenLuApartIsTenLu() {
        Loudness loudness =
                measure(16_000, 1, 40.0, t -> (t % 20 < 10 ? 0.1 : 0.0316) * Math.sin(2 * Math.PI * 997 * t));
        assertEquals(10.0, loudness.rangeLu(), 0.3);
    }

    @Test
    void truePeakOfAQuarterRateSineSampledAt45DegreesIs3DbAboveItsSamples() {
        for (int rate : new int[] {16_000, 22_050, 44_100, 48_000}) {
            // Ramped in and out over 50 ms: an abrupt start would overshoot between samples too.
            Loudness loudness = measure(
                    rate,
                    1,
                    1.0,
                    t -> Math.min(1, Math.min(t, 1 - t) / 0.05)
                            * 0.5
                            * Math.sin(2 * Math.PI * (rate / 4.0) * t + Math.PI / 4));
            double samplePeak = 20 * Math.log10(0.5 * Math.sqrt(0.5));
            assertEquals(samplePeak, loudness.samplePeakDbfs(), 1e-5, "sample peak at " + rate + " Hz");
            assertEquals(samplePeak + 3.01, loudness.truePeakDbtp(), 0.1, "true peak at " + rate + " Hz");
        }
    }

    @Test
    void peaksAboveFullScaleAndBelowOneSixteenBitStepAreMeasuredUnclipped() {
        Loudness loud = measure(44_100, 2, 1.0, t -> 2.0 * Math.sin(2 * Math.PI * 441 * t));
        assertEquals(20 * Math.log10(2.0), loud.samplePeakDbfs(), 0.01);
        assertEquals(20 * Math.log10(2.0), loud.truePeakDbtp(), 0.1);

        // -98 dBFS: a quarter of a 16-bit step, which a 24-bit source keeps.
        double amplitude = Math.pow(10, -98 / 20.0);
        Loudness quiet = measure(48_000, 1, 1.0, t -> amplitude * Math.sin(2 * Math.PI * 1000 * t));
        assertEquals(-98.0, quiet.samplePeakDbfs(), 0.01);
    }

    @Test
    void aPassageRightAfterAShortGapGetsItsOwnTruePeak() {
        // A loud passage, a 0.3 s gap, then 80 ms whose true peak (0.6) is 3 dB above its samples,
        // then a quiet rest. Skipping against the loud passage's peak would under-read the second.
        int rate = 48_000;
        java.util.function.DoubleUnaryOperator signal = t -> {
            if (t < 1.0) {
                return 0.9 * Math.sin(2 * Math.PI * 997 * t);
            }
            if (t < 1.3) {
                return 0;
            }
            if (t < 1.38) {
                return 0.6 * Math.sin(2 * Math.PI * (rate / 4.0) * t + Math.PI / 4);
            }
            return 0.2 * Math.sin(2 * Math.PI * 997 * t);
        };
        Segmented passages = new Segmented(
                List.of(new Passage(0, 48_000, 0, 1), new Passage(62_400, 120_000, 2, 3)), 120_000, rate, -0.9, -50, 1);
        Analysis unskipped = analyse(new AnalyzeSink(AnalyzeSettings.DEFAULTS, 0.0), rate, 2.5, signal, passages);
        Analysis skipped = analyse(new AnalyzeSink(AnalyzeSettings.DEFAULTS, 0.3), rate, 2.5, signal, passages);
        Loudness second = skipped.passages().get(1).loudness();
        assertEquals(unskipped.passages().get(1).loudness().truePeakDbtp(), second.truePeakDbtp(), 1e-9);
        assertEquals(
                unskipped.passages().get(0).loudness().truePeakDbtp(),
                skipped.passages().get(0).loudness().truePeakDbtp(),
                1e-9);
        assertTrue(second.truePeakDbtp() > second.samplePeakDbfs() + 2.5, "true peak " + second.truePeakDbtp());
    }

    @ParameterizedTest
    @CsvSource({"3.0, 25", "0.5, 4", "0.2, 1", "0.15, 0", "0.0, 0"})
    void theTruePeakLooksBackOnlyWithinTheShortestGap(double gapSeconds, int subBlocks) {
        assertEquals(subBlocks, AnalyzeSink.truePeakHorizon(gapSeconds));
    }

    @Test
    void oversamplingReachesAtLeast176kHz() {
        assertEquals(4, TruePeakMeter.factorFor(48_000));
        assertEquals(4, TruePeakMeter.factorFor(44_100));
        assertEquals(2, TruePeakMeter.factorFor(96_000));
        assertEquals(1, TruePeakMeter.factorFor(192_000));
        assertEquals(8, TruePeakMeter.factorFor(22_050));
        assertEquals(12, TruePeakMeter.factorFor(16_000));
    }

    @Test
    void surroundChannelsWeigh141AndLfeNothing() {
        assertArrayEquals(new double[] {1, 1, 1, 0, 1.41, 1.41}, ChannelWeights.of(6));
        assertArrayEquals(new double[] {1, 1}, ChannelWeights.of(2));
    }

    @Test
    void aLayoutsOwnChannelsSetTheirWeightsAsEbur128Does() {
        long fl = 0x1;
        long fr = 0x2;
        long fc = 0x4;
        long lfe = 0x8;
        long bc = 0x100;
        long sl = 0x200;
        long sr = 0x400;
        long topBackLeft = 0x8000;

        assertArrayEquals(new double[] {1, 1, 0}, ChannelWeights.of(3, fl | fr | lfe), "2.1");
        assertArrayEquals(new double[] {1, 1, 1}, ChannelWeights.of(3, fl | fr | fc), "3.0");
        assertArrayEquals(new double[] {1, 1, 1, 1.41}, ChannelWeights.of(4, fl | fr | fc | bc), "4.0");
        assertArrayEquals(new double[] {1, 1, 1.41, 1.41}, ChannelWeights.of(4, fl | fr | sl | sr), "2.2");
        assertArrayEquals(new double[] {1, 1, 1.41}, ChannelWeights.of(3, fl | fr | topBackLeft));
        assertArrayEquals(ChannelWeights.of(6), ChannelWeights.of(6, 0), "no mask: by the count");
        assertArrayEquals(ChannelWeights.of(4), ChannelWeights.of(4, fl | fr), "a mask of another count");
    }

    @Test
    void aSoundOnASurroundChannelCountsFor141TimesItsEnergyAndOnTheLfeForNothing() {
        double surround = 10 * Math.log10(1.41);
        for (int channels = 4; channels <= 8; channels++) {
            Double front = measureOneChannel(channels, 0).integratedLufs();
            Double last = measureOneChannel(channels, channels - 1).integratedLufs();
            assertEquals(front + surround, last, 0.001, channels + " channels: the last one is a surround");
            if (channels >= 6) {
                assertNull(measureOneChannel(channels, 3).integratedLufs(), channels + " channels: the LFE");
            }
        }
    }

    @Test
    void finishingASinkThatTookNoFileGivesNoMeasures() {
        Analysis analysis = new AnalyzeSink().finish(new NoAudio(0, 0, null, AnalyzeSink.VERSION));
        assertEquals(new Loudness(null, null, null, null), analysis.loudness());
        assertTrue(analysis.passages().isEmpty());
        assertEquals(0, analysis.gating().size());
    }

    @Test
    void passagesOfALongerFileAreRefused() {
        AnalyzeSink sink = new AnalyzeSink();
        feed(sink, 8000, 1, 1.0, t -> 0.5 * Math.sin(2 * Math.PI * 440 * t));
        Segmented other = new Segmented(List.of(Passage.ofFrames(0, 16_000, 8000)), 16_000, 8000, -6, -56, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sink.finish(other));
        assertTrue(e.getMessage().contains("not the same file"), e.getMessage());
    }

    @Test
    void shorterThanOneGatingBlockHasNoLoudnessButHasPeaks() {
        Loudness loudness = measure(48_000, 1, 0.3, t -> 0.5 * Math.sin(2 * Math.PI * 440 * t));
        assertNull(loudness.integratedLufs());
        assertNull(loudness.rangeLu());
        assertEquals(-6.02, loudness.samplePeakDbfs(), 0.01);
    }

    @Test
    void albumLoudnessGatesAllTracksBlocksTogether() {
        GatingBlocks loud = new GatingBlocks(new float[] {1e-2f, 1e-2f, 1e-2f});
        GatingBlocks quiet = new GatingBlocks(new float[] {1e-4f, 1e-4f});
        // Together: mean 6.04e-3, relative gate 6.04e-4 drops the quiet track's blocks.
        assertEquals(LoudnessMath.loudness(1e-2), GatingBlocks.albumLufs(List.of(loud, quiet)), 1e-5);
        assertEquals(LoudnessMath.loudness(1e-4), quiet.integratedLufs(), 1e-5);
        assertEquals(-18 - LoudnessMath.loudness(1e-2), ReplayGain.albumGainDb(List.of(loud, quiet)), 1e-5);
        assertNull(ReplayGain.albumGainDb(List.of(new GatingBlocks(new float[0]))));
    }

    @Test
    void gatingBlocksSurviveTheirByteForm() {
        GatingBlocks blocks = new GatingBlocks(new float[] {1e-3f, 2.5e-2f, 7e-6f});
        assertEquals(blocks, GatingBlocks.fromBytes(blocks.toBytes()));
        assertEquals(1 + 4 + 3 * 4, blocks.toBytes().length);
    }

    /** Measures 5 s of a 997 Hz sine at -20 dBFS on channel {@code channel} of {@code channels}, the others silent. */
    private static Loudness measureOneChannel(int channels, int channel) {
        int rate = 48_000;
        int frames = 5 * rate;
        AnalyzeSink sink = new AnalyzeSink();
        sink.begin(rate, channels);
        float[] block = new float[4096 * channels];
        for (int first = 0; first < frames; first += 4096) {
            int n = Math.min(4096, frames - first);
            for (int i = 0; i < n; i++) {
                block[i * channels + channel] = (float) (0.1 * Math.sin(2 * Math.PI * 997 * (first + i) / rate));
            }
            sink.feed(block, n);
        }
        return sink.finish(new NoAudio(frames, rate, null, 1)).loudness();
    }

    /** Feeds {@code seconds} of {@code signal} (full scale = 1) to every channel and measures the file. */
    private static Loudness measure(
            int rate, int channels, double seconds, java.util.function.DoubleUnaryOperator signal) {
        AnalyzeSink sink = new AnalyzeSink();
        feed(sink, rate, channels, seconds, signal);
        return sink.finish(new NoAudio((int) Math.round(seconds * rate), rate, null, 1))
                .loudness();
    }

    /** Feeds {@code seconds} of mono {@code signal} to {@code sink} and analyses it as {@code passages}. */
    private static Analysis analyse(
            AnalyzeSink sink,
            int rate,
            double seconds,
            java.util.function.DoubleUnaryOperator signal,
            Segmented passages) {
        feed(sink, rate, 1, seconds, signal);
        return sink.finish(passages);
    }

    private static void feed(
            AnalyzeSink sink, int rate, int channels, double seconds, java.util.function.DoubleUnaryOperator signal) {
        sink.begin(rate, channels);
        int frames = (int) Math.round(seconds * rate);
        float[] block = new float[4096 * channels];
        for (int first = 0; first < frames; first += 4096) {
            int n = Math.min(4096, frames - first);
            for (int i = 0; i < n; i++) {
                float v = (float) signal.applyAsDouble((first + i) / (double) rate);
                for (int c = 0; c < channels; c++) {
                    block[i * channels + c] = v;
                }
            }
            sink.feed(block, n);
        }
    }
}
