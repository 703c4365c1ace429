package org.audioimport.flavor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RhythmTest {

    /** An onset envelope of single-hop spikes at {@code bpm}, each snapped to its nearest hop. */
    private static float[] spikes(double bpm, double seconds) {
        float[] onset = new float[(int) (seconds / FrameAnalyzer.HOP_SECONDS)];
        double period = 60 / bpm / FrameAnalyzer.HOP_SECONDS;
        for (double at = 0; Math.round(at) < onset.length; at += period) {
            onset[(int) Math.round(at)] = 5;
        }
        return onset;
    }

    /**
     * Not 170: 85 and 170 BPM lie equally far from the prior's 120, and snapped to hops the longer
     * period correlates better. The vector holds the tempo modulo an octave, so it does not mind.
     */
    @ParameterizedTest
    @ValueSource(ints = {60, 90, 120, 150})
    void theTempoOfHopSnappedOnsetsIsTheirRateNotHalfOrTwice(int bpm) {
        double[] tempo = Rhythm.tempo(spikes(bpm, 30), 0, (int) (30 / FrameAnalyzer.HOP_SECONDS));
        assertEquals(bpm, tempo[0], bpm * 0.03);
        assertTrue(tempo[1] > 0.3, "clarity " + tempo[1]);
    }

    @ParameterizedTest
    @ValueSource(ints = {60, 150})
    void theOnsetRateCountsTheSpikes(int bpm) {
        float[] onset = spikes(bpm, 30);
        assertEquals(bpm / 60.0, Rhythm.onsetRate(onset, 0, onset.length), 0.1);
    }
}
