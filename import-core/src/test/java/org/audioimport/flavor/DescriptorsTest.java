package org.audioimport.flavor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The raw descriptors measure what their names say. */
class DescriptorsTest {

    private final FlavorSink sink = new FlavorSink();

    private double[] describe(Synth audio, double gain) {
        float[] pcm = audio.pcm(1, gain);
        sink.begin(audio.rate(), 1);
        sink.feed(pcm, audio.frames());
        return sink.finish().descriptors(0, Double.POSITIVE_INFINITY);
    }

    private double[] describe(Synth audio) {
        return describe(audio, 1);
    }

    private static int[][] transpose(int[][] chords, int semitones) {
        int[][] out = new int[chords.length][];
        for (int i = 0; i < chords.length; i++) {
            out[i] = chords[i].clone();
            for (int j = 0; j < out[i].length; j++) {
                out[i][j] += semitones;
            }
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(ints = {75, 100, 128, 150})
    void theTempoOfTicksIsTheirRate(int bpm) {
        double[] raw = describe(Synth.clicks(44_100, 15, bpm));
        // The vector holds the tempo's place within its octave: check that place.
        double turns = Math.atan2(raw[FlavorLayout.TEMPO_SIN], raw[FlavorLayout.TEMPO_COS]) / (2 * Math.PI);
        double expected = Math.log(bpm / Rhythm.PRIOR_BPM) / Math.log(2);
        double off = expected - turns;
        assertEquals(0, off - Math.round(off), 0.04, "octaves");
        assertTrue(raw[FlavorLayout.PULSE_CLARITY] > 0.5, "clarity " + raw[FlavorLayout.PULSE_CLARITY]);
        assertEquals(bpm / 60.0, raw[FlavorLayout.ONSET_RATE], bpm / 60.0 * 0.1);
    }

    @Test
    void majorChordsHaveAMajorModeAndMinorChordsAMinorOne() {
        double[] major = describe(Synth.chords(44_100, 10, 100, FlavorSinkTest.MAJOR, 0.5));
        double[] minor = describe(Synth.chords(44_100, 10, 100, FlavorSinkTest.MINOR, 0.5));
        assertTrue(major[FlavorLayout.MODE] > 0.05, "major " + major[FlavorLayout.MODE]);
        assertTrue(minor[FlavorLayout.MODE] < -0.05, "minor " + minor[FlavorLayout.MODE]);
        assertTrue(major[FlavorLayout.KEY_STRENGTH] > 0.6, "strength " + major[FlavorLayout.KEY_STRENGTH]);
    }

    @Test
    void aTransposedPieceHasNearlyTheSameHarmonyAndAnotherModeHasNot() {
        double[] inC = describe(Synth.chords(44_100, 10, 100, FlavorSinkTest.MAJOR, 0.5));
        double[] inE = describe(Synth.chords(44_100, 10, 100, transpose(FlavorSinkTest.MAJOR, 4), 0.5));
        double[] minor = describe(Synth.chords(44_100, 10, 100, FlavorSinkTest.MINOR, 0.5));
        double transposed = harmonyDistance(inC, inE);
        double otherMode = harmonyDistance(inC, minor);
        assertTrue(transposed < otherMode / 3, "transposed " + transposed + ", minor " + otherMode);
    }

    /** Euclidean distance over the harmony descriptors, each in units of its scale. */
    private static double harmonyDistance(double[] a, double[] b) {
        double sum = 0;
        for (int i = FlavorLayout.CHROMA_DFT; i <= FlavorLayout.MODE; i++) {
            sum += Math.pow((a[i] - b[i]) / FlavorLayout.DESCRIPTORS.get(i).scale(), 2);
        }
        return Math.sqrt(sum);
    }

    @Test
    void aGainChangesTheLoudnessAndNoTimbreDescriptor() {
        Synth audio = Synth.piece(44_100, 8, 110, FlavorSinkTest.MAJOR, 0.5);
        double[] loud = describe(audio, 1);
        double[] quiet = describe(audio, 0.5);
        assertEquals(loud[FlavorLayout.LOUDNESS_MEAN] - 6.02, quiet[FlavorLayout.LOUDNESS_MEAN], 0.05);
        for (int i = FlavorLayout.MFCC_MEAN; i <= FlavorLayout.ZCR_STD; i++) {
            assertEquals(
                    loud[i],
                    quiet[i],
                    0.05 * FlavorLayout.DESCRIPTORS.get(i).scale(),
                    FlavorLayout.DESCRIPTORS.get(i).name());
        }
    }

    @Test
    void aGainShiftsEveryLoudnessPercentileByItsDecibels() {
        Synth audio = Synth.piece(44_100, 8, 110, FlavorSinkTest.MAJOR, 0.5);
        double[] loud = describe(audio, 1);
        double[] quiet = describe(audio, 0.5);
        for (int p = 0; p < LoudnessPercentiles.FRACTIONS.length; p++) {
            int i = FlavorLayout.LOUDNESS_PERCENTILES + p;
            assertEquals(
                    loud[i] - 6.02,
                    quiet[i],
                    0.05,
                    FlavorLayout.DESCRIPTORS.get(i).name());
        }
        assertTrue(loud[FlavorLayout.LOUDNESS_PERCENTILES] < loud[FlavorLayout.LOUDNESS_PERCENTILES + 2]);
    }

    @Test
    void brighterTimbreHasAHigherCentroid() {
        double[] dull = describe(Synth.piece(44_100, 8, 110, FlavorSinkTest.MAJOR, 0.1));
        double[] bright = describe(Synth.piece(44_100, 8, 110, FlavorSinkTest.MAJOR, 0.9));
        assertTrue(bright[FlavorLayout.CENTROID_MEAN] > dull[FlavorLayout.CENTROID_MEAN] + 200);
    }
}
