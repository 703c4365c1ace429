package org.audioimport.flavor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class LoudnessPercentilesTest {

    @Test
    void percentilesInterpolateBetweenTheNearestRanksOfTheVoicedHopsOnly() {
        float[] loudness = {-90, -30, -10, -20, -90, -40, -50, -60, -70, -80, -90, -100};
        boolean[] voiced = {false, true, true, true, false, true, true, true, true, true, true, true};
        // Hops 1..10, 9 of them voiced; sorted: -90 -80 -70 -60 -50 -40 -30 -20 -10. Hop 11 is outside.
        double[] percentiles = LoudnessPercentiles.of(loudness, voiced, 1, 11);
        assertArrayEquals(new double[] {-82, -50, -18}, percentiles, 1e-9);
    }

    @Test
    void aStretchWithNoVoicedHopTakesEveryHop() {
        float[] loudness = {-70, -65, -60};
        boolean[] voiced = {false, false, false};
        assertArrayEquals(new double[] {-69, -65, -61}, LoudnessPercentiles.of(loudness, voiced, 0, 3), 1e-9);
    }
}
