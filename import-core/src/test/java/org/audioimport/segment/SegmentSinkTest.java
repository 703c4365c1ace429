package org.audioimport.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Segmenting synthetic PCM fed straight into the sink, where every sample is known. */
class SegmentSinkTest {
    private static final int RATE = 16000;

    @Test
    void passageRunsFromTheExactFirstToJustAfterTheExactLastSoundSample() {
        short[] pcm = new short[100_000];
        pcm[1200] = 20; // below -50 dB under the peak of 10000: not sound
        square(pcm, 1234, 50_000, 10_000);
        pcm[50_003] = -31; // 10000 x 10^(-50/20) = 31.6: still silence
        List<Passage> passages = passages(segment(pcm, 1, 333));
        assertEquals(List.of(Passage.ofFrames(1234, 50_000, RATE)), passages);
    }

    @Test
    void silenceOfExactlyTheMinimumSplitsAndOneFrameShorterDoesNot() {
        int min = (int) (SegmentSettings.DEFAULTS.minSilenceSeconds() * RATE);
        short[] split = new short[20_000 + min + 20_000];
        square(split, 0, 20_000, 8000);
        square(split, 20_000 + min, split.length, 8000);
        assertEquals(
                List.of(Passage.ofFrames(0, 20_000, RATE), Passage.ofFrames(20_000 + min, split.length, RATE)),
                passages(segment(split, 1, 4096)));

        short[] joined = new short[20_000 + min - 1 + 20_000];
        square(joined, 0, 20_000, 8000);
        square(joined, 20_000 + min - 1, joined.length, 8000);
        assertEquals(List.of(Passage.ofFrames(0, joined.length, RATE)), passages(segment(joined, 1, 4096)));
    }

    @Test
    void aFrameIsAsLoudAsItsLoudestChannel() {
        short[] stereo = new short[2 * 40_000];
        for (int i = 5_001; i < 30_000; i++) {
            stereo[2 * i + 1] = (short) (i % 2 == 0 ? 9000 : -9000); // right channel only
        }
        assertEquals(List.of(Passage.ofFrames(5_001, 30_000, RATE)), passages(segment(stereo, 2, 1000)));
    }

    @Test
    void aPeakAboveFullScaleIsRecordedUnclippedAndSetsTheThreshold() {
        float[] loud = new float[40_000];
        for (int i = 2_000; i < 30_000; i++) {
            loud[i] = i % 2 == 0 ? 2.0f : -2.0f;
        }
        loud[1_000] = 0.006f; // 2.0 x 10^(-50/20) = 0.0063: below the threshold
        SegmentSink sink = new SegmentSink();
        sink.begin(RATE, 1);
        sink.feed(loud, loud.length);
        Segmented segmented = assertInstanceOf(Segmented.class, sink.finish());
        assertEquals(20 * Math.log10(2.0), segmented.peakDbfs(), 1e-9);
        assertEquals(List.of(Passage.ofFrames(2_000, 30_000, RATE)), segmented.passages());
    }

    @Test
    void digitalSilenceAndAudioBelowMinus60DbfsHaveNoAudio() {
        NoAudio zeros = assertInstanceOf(NoAudio.class, segment(new short[RATE], 1, 4096));
        assertEquals(null, zeros.peakDbfs());
        assertEquals(RATE, zeros.frames());

        short[] hiss = new short[RATE];
        square(hiss, 0, RATE, 30); // -60.7 dBFS
        NoAudio quiet = assertInstanceOf(NoAudio.class, segment(hiss, 1, 4096));
        assertEquals(20 * Math.log10(30 / 32768.0), quiet.peakDbfs(), 1e-9);
    }

    @Test
    void finishWithoutAnyAudioIsNoAudio() {
        assertInstanceOf(NoAudio.class, new SegmentSink().finish());
    }

    @Test
    void oneSinkSegmentsFileAfterFileAtDifferentRates() {
        SegmentSink sink = new SegmentSink();
        short[] a = new short[RATE * 2];
        square(a, 100, 20_000, 5000);
        sink.begin(RATE, 1);
        sink.feed(floats(a), a.length);
        assertEquals(List.of(Passage.ofFrames(100, 20_000, RATE)), passages(sink.finish()));

        short[] b = new short[44_100 * 2];
        square(b, 441, 44_100, 5000);
        sink.begin(44_100, 1);
        sink.feed(floats(b), b.length);
        assertEquals(List.of(Passage.ofFrames(441, 44_100, 44_100)), passages(sink.finish()));
    }

    @Test
    void boundaryRecordsCostLessThanHalfTheLevelHistoryOverTenMinutesOfMusic() {
        int rate = 8000;
        SegmentSink sink = new SegmentSink();
        sink.begin(rate, 1);
        Random random = new Random(7);
        short[] block = new short[4096];
        long frames = 600L * rate;
        for (long done = 0; done < frames; done += block.length) {
            for (int i = 0; i < block.length; i++) {
                // A 220 Hz tone with a noisy, slowly varying level.
                double level = 6000 + 3000 * Math.sin((done + i) / (double) rate) + random.nextGaussian() * 500;
                block[i] = (short) (level * Math.sin(2 * Math.PI * 220 * (done + i) / rate));
            }
            sink.feed(floats(block), block.length);
        }
        SegmentOutcome outcome = sink.finish();
        assertEquals(1, passages(outcome).size());
        // Records (8 bytes) are kept for windows louder than the last 3 s, which a rising level
        // makes common; they still cost less than the level history itself (4 bytes per window).
        long windows = frames / (rate / 100);
        assertTrue(
                8L * sink.candidateRecords() < 4 * windows / 2,
                "records kept: " + sink.candidateRecords() + " for " + windows + " windows");
    }

    @Test
    void aLongFadeUnderTheThresholdDoesNotCrowdOutTheRecordsOfThePassagesLastSound() {
        // 10 s of a sine at half scale (its first sound sample is frame 1; threshold 50 dB under: 0.00158),
        // one last sound sample just above the threshold in the middle of a window, then 60 s of noise fading
        // from just under the threshold: thousands of windows each quieter than the one before, every one a
        // candidate end with records.
        int rate = 44_100;
        int lastSound = 10 * rate + 123;
        float[] pcm = new float[lastSound + 1 + 60 * rate];
        for (int i = 0; i < 10 * rate; i++) {
            pcm[i] = (float) (0.5 * Math.sin(2 * Math.PI * 440 * i / rate));
        }
        pcm[lastSound] = 0.0016f;
        Random random = new Random(3);
        for (int i = lastSound + 1; i < pcm.length; i++) {
            double fade = Math.pow(10, -3.0 * (i - lastSound) / (60.0 * rate));
            pcm[i] = (float) (0.0015 * fade * (2 * random.nextDouble() - 1));
        }
        SegmentSink sink = new SegmentSink();
        sink.begin(rate, 1);
        for (int first = 0; first < pcm.length; first += 4096) {
            int n = Math.min(4096, pcm.length - first);
            sink.feed(Arrays.copyOfRange(pcm, first, first + n), n);
        }

        List<Passage> passages = passages(sink.finish());

        assertEquals(
                List.of(Passage.ofFrames(1, lastSound + 1, rate)),
                passages,
                "the last sound sample, not its window's end");
    }

    private static void square(short[] pcm, int from, int to, int amplitude) {
        for (int i = from; i < to; i++) {
            pcm[i] = (short) ((i / 8) % 2 == 0 ? amplitude : -amplitude);
        }
    }

    private static SegmentOutcome segment(short[] interleaved, int channels, int blockFrames) {
        SegmentSink sink = new SegmentSink();
        sink.begin(RATE, channels);
        float[] all = floats(interleaved);
        float[] block = new float[blockFrames * channels];
        int frames = interleaved.length / channels;
        for (int first = 0; first < frames; first += blockFrames) {
            int n = Math.min(blockFrames, frames - first);
            System.arraycopy(all, first * channels, block, 0, n * channels);
            sink.feed(block, n);
        }
        return sink.finish();
    }

    /** 16-bit samples as the decoder hands them over: s16 / 32768. */
    private static float[] floats(short[] pcm) {
        float[] out = new float[pcm.length];
        for (int i = 0; i < pcm.length; i++) {
            out[i] = pcm[i] / 32768f;
        }
        return out;
    }

    private static List<Passage> passages(SegmentOutcome outcome) {
        return assertInstanceOf(Segmented.class, outcome).passages();
    }
}
