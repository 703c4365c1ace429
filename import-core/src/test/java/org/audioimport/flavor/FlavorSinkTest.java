package org.audioimport.flavor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The sink on synthetic audio: outcomes, rate and block independence, ranges, the length limit. */
class FlavorSinkTest {

    static final int[][] MAJOR = {{60, 64, 67}, {65, 69, 72}, {67, 71, 74}, {60, 64, 67}};
    static final int[][] MINOR = {{57, 60, 64}, {62, 65, 69}, {64, 68, 71}, {57, 60, 64}};

    private final FlavorSink sink = new FlavorSink();

    static FlavorProfile profile(FlavorSink sink, Synth audio, int channels, int blockFrames) {
        float[] pcm = audio.pcm(channels);
        sink.begin(audio.rate(), channels);
        float[] block = new float[blockFrames * channels];
        for (int at = 0; at < audio.frames(); at += blockFrames) {
            int frames = Math.min(blockFrames, audio.frames() - at);
            System.arraycopy(pcm, at * channels, block, 0, frames * channels);
            sink.feed(block, frames);
        }
        return sink.finish();
    }

    private FlavorVector vector(Synth audio, int channels) {
        return assertInstanceOf(
                FlavorVector.class, profile(sink, audio, channels, 4096).file());
    }

    static Synth song(int rate) {
        return Synth.piece(rate, 12, 120, MAJOR, 0.6);
    }

    @Test
    void musicGivesAVectorOfTheCurrentVersionAndDimension() {
        FlavorVector vector = vector(song(44_100), 2);
        assertEquals(FlavorVector.VERSION, vector.version());
        assertEquals(FlavorVector.DIMENSION, vector.dimension());
    }

    @Test
    void silenceGivesNoFlavor() {
        FlavorProfile profile = profile(sink, Synth.silence(44_100, 10), 2, 4096);
        NoFlavor none = assertInstanceOf(NoFlavor.class, profile.file());
        assertEquals(NoFlavor.Reason.SILENCE, none.reason());
        assertEquals(10, none.seconds(), 0.1);
    }

    @Test
    void aSecondOfSoundIsDescribedAndLessIsSilence() {
        // Counted in hops of sound, though only every other hop's features are measured.
        Synth enough =
                Synth.silence(44_100, 4).then(Synth.sine(44_100, 1.2, 440, 0.3)).then(Synth.silence(44_100, 4));
        Synth tooLittle =
                Synth.silence(44_100, 4).then(Synth.sine(44_100, 0.8, 440, 0.3)).then(Synth.silence(44_100, 4));
        assertInstanceOf(FlavorVector.class, profile(sink, enough, 1, 4096).file());
        NoFlavor none = assertInstanceOf(
                NoFlavor.class, profile(sink, tooLittle, 1, 4096).file());
        assertEquals(NoFlavor.Reason.SILENCE, none.reason());
    }

    @Test
    void lessThanThreeSecondsGivesTooShort() {
        NoFlavor none = assertInstanceOf(
                NoFlavor.class,
                profile(sink, Synth.piece(44_100, 2.5, 120, MAJOR, 0.6), 1, 4096)
                        .file());
        assertEquals(NoFlavor.Reason.TOO_SHORT, none.reason());
    }

    @Test
    void finishingWithoutAudioGivesNoAudio() {
        NoFlavor none = assertInstanceOf(NoFlavor.class, sink.finish().file());
        assertEquals(NoFlavor.Reason.NO_AUDIO, none.reason());
    }

    @Test
    void theSameMusicAtAnotherSampleRateOrChannelCountGivesNearlyTheSameVector() {
        FlavorVector reference = vector(song(22_050), 1);
        for (int rate : new int[] {32_000, 44_100, 48_000, 96_000}) {
            double distance = vector(song(rate), 2).cosineDistance(reference);
            assertTrue(distance < 0.001, rate + " Hz: distance " + distance);
        }
    }

    @Test
    void theBlockSizeDoesNotChangeTheVector() {
        Synth audio = song(44_100);
        FlavorOutcome byDefault = profile(sink, audio, 2, 4096).file();
        assertEquals(byDefault, profile(sink, audio, 2, 1000).file());
        assertEquals(byDefault, profile(sink, audio, 2, audio.frames()).file());
    }

    @Test
    void aSinkIsReusableFileAfterFile() {
        FlavorVector first = vector(song(44_100), 2);
        FlavorVector other = vector(Synth.piece(48_000, 12, 90, MINOR, 0.3), 1);
        FlavorVector again = vector(song(44_100), 2);
        assertEquals(first, again);
        assertNotEquals(first, other);
    }

    @Test
    void aRangeOverTheWholeFileGivesTheFileVector() {
        Synth audio = song(44_100);
        FlavorProfile profile = profile(sink, audio, 2, 4096);
        assertEquals(profile.file(), profile.range(0, audio.frames()));
    }

    @Test
    void eachPassageOfAFileIsNearestTheMusicItHolds() {
        Synth bright = Synth.piece(44_100, 10, 128, MAJOR, 0.8);
        Synth dark = Synth.piece(44_100, 10, 75, MINOR, 0.2);
        FlavorProfile both = profile(sink, bright.then(dark), 2, 4096);
        FlavorVector first = assertInstanceOf(FlavorVector.class, both.range(0, bright.frames()));
        FlavorVector second =
                assertInstanceOf(FlavorVector.class, both.range(bright.frames(), bright.frames() + dark.frames()));
        FlavorVector brightAlone = vector(bright, 2);
        FlavorVector darkAlone = vector(dark, 2);
        assertTrue(first.cosineDistance(brightAlone) < first.cosineDistance(darkAlone));
        assertTrue(second.cosineDistance(darkAlone) < second.cosineDistance(brightAlone));
        assertTrue(first.cosineDistance(brightAlone) < 0.05, "first " + first.cosineDistance(brightAlone));
        assertTrue(second.cosineDistance(darkAlone) < 0.05, "second " + second.cosineDistance(darkAlone));
    }

    @Test
    void audioPastTheLimitIsNotAnalysed() {
        FlavorSink limited = new FlavorSink(10);
        Synth audio = song(44_100);
        FlavorProfile profile = profile(limited, audio, 2, 4096);
        assertTrue(profile.truncated());
        assertEquals(10.0, profile.seconds(), 1e-9);
        assertInstanceOf(FlavorVector.class, profile.range(5 * 44_100, 15 * 44_100));
        NoFlavor beyond = assertInstanceOf(NoFlavor.class, profile.range(9 * 44_100, 12 * 44_100));
        assertEquals(NoFlavor.Reason.NOT_ANALYSED, beyond.reason());
    }

    /**
     * Around the length limit, to the frame (4 s at 48 kHz is 192,000 frames; the filter reads 18 frames
     * ahead), a resampler that holds outputs back for its vector blocks gives what one that hands each out
     * at once gives: the same length analysed, the same truncation, the same vector to the bit.
     */
    @Test
    void heldBackOutputsEndAtTheLimitAsOutputsHandedOutAtOnce() {
        float[] pcm = Synth.piece(48_000, 4.5, 120, MAJOR, 0.6).pcm(2);
        for (int past : new int[] {-400, -19, -18, -17, -1, 0, 1, 17, 18, 19, 400, 20_000}) {
            for (int blockFrames : new int[] {333, 4096}) {
                int frames = 192_000 + past;
                FlavorProfile eager = limitedProfile(
                        new Resampler(FrameAnalyzer.RATE, new VectorWholeStepKernel(), Optional.empty()),
                        pcm,
                        frames,
                        blockFrames);
                FlavorProfile blocks = limitedProfile(
                        new Resampler(
                                FrameAnalyzer.RATE, new VectorWholeStepKernel(), Optional.of(new VectorPeriodKernel())),
                        pcm,
                        frames,
                        blockFrames);
                String where = frames + " frames in blocks of " + blockFrames;
                assertEquals(eager.truncated(), blocks.truncated(), "truncated, " + where);
                assertEquals(eager.seconds(), blocks.seconds(), "seconds, " + where);
                float[] expected =
                        assertInstanceOf(FlavorVector.class, eager.file()).values();
                float[] actual =
                        assertInstanceOf(FlavorVector.class, blocks.file()).values();
                assertEquals(Arrays.toString(expected), Arrays.toString(actual), where);
            }
        }
    }

    private static FlavorProfile limitedProfile(Resampler resampler, float[] pcm, int frames, int blockFrames) {
        FlavorSink limited = new FlavorSink(4, resampler);
        limited.begin(48_000, 2);
        float[] block = new float[blockFrames * 2];
        // The last frame comes alone: once the frames before it give an output at the limit, a frame
        // more, which gives none, still says that the file goes on past it.
        for (int at = 0, end = frames - 1; at < frames; ) {
            int n = at < end ? Math.min(blockFrames, end - at) : 1;
            System.arraycopy(pcm, at * 2, block, 0, n * 2);
            limited.feed(block, n);
            at += n;
        }
        return limited.finish();
    }

    @Test
    void audioWithinTheLimitIsNotTruncated() {
        FlavorProfile profile = profile(sink, song(44_100), 2, 4096);
        assertFalse(profile.truncated());
        assertEquals(12.0, profile.seconds(), 0.01);
        assertEquals(44_100, profile.sampleRate());
    }

    @Test
    void aShortRangeGivesTooShort() {
        FlavorProfile profile = profile(sink, song(44_100), 2, 4096);
        NoFlavor none = assertInstanceOf(NoFlavor.class, profile.range(44_100, 3 * 44_100));
        assertEquals(NoFlavor.Reason.TOO_SHORT, none.reason());
    }

    @Test
    void anEmptyOrNegativeRangeIsABug() {
        FlavorProfile profile = profile(sink, song(44_100), 2, 4096);
        assertThrows(IllegalArgumentException.class, () -> profile.range(100, 100));
        assertThrows(IllegalArgumentException.class, () -> profile.range(-1, 100));
    }

    @Test
    void feedingBeforeStartIsABug() {
        assertThrows(IllegalStateException.class, () -> sink.feed(new float[4], 2));
    }
}
