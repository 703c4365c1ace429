package org.audioimport.flavor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FlavorLayoutTest {

    @Test
    void eachGroupWeighsTheSameInADistance() {
        Map<FlavorLayout.Group, Double> squares = new EnumMap<>(FlavorLayout.Group.class);
        for (int i = 0; i < FlavorLayout.DIMENSION; i++) {
            squares.merge(FlavorLayout.DESCRIPTORS.get(i).group(), Math.pow(FlavorLayout.weight(i), 2), Double::sum);
        }
        assertEquals(FlavorLayout.Group.values().length, squares.size());
        squares.forEach((group, sum) -> assertEquals(1, sum, 1e-9, group.name()));
    }

    @Test
    void theIndexConstantsNameTheirDescriptors() {
        assertName(FlavorLayout.MFCC_MEAN, "mfcc1.mean");
        assertName(FlavorLayout.MFCC_STD, "mfcc1.std");
        assertName(FlavorLayout.CENTROID_MEAN, "centroid.mean");
        assertName(FlavorLayout.CENTROID_STD, "centroid.std");
        assertName(FlavorLayout.ROLLOFF_MEAN, "rolloff85.mean");
        assertName(FlavorLayout.ROLLOFF_STD, "rolloff85.std");
        assertName(FlavorLayout.FLATNESS_MEAN, "flatness.mean");
        assertName(FlavorLayout.FLATNESS_STD, "flatness.std");
        assertName(FlavorLayout.CONTRAST_MEAN, "contrast 20-250");
        assertName(FlavorLayout.ZCR_MEAN, "zcr.mean");
        assertName(FlavorLayout.ZCR_STD, "zcr.std");
        assertName(FlavorLayout.TEMPO_COS, "tempo cos");
        assertName(FlavorLayout.TEMPO_SIN, "tempo sin");
        assertName(FlavorLayout.PULSE_CLARITY, "pulse clarity");
        assertName(FlavorLayout.ONSET_RATE, "onset rate");
        assertName(FlavorLayout.ONSET_STRENGTH, "onset strength");
        assertName(FlavorLayout.CHROMA_DFT, "chroma |dft1|");
        assertName(FlavorLayout.KEY_STRENGTH, "key strength");
        assertName(FlavorLayout.MODE, "mode");
        assertName(FlavorLayout.LOUDNESS_MEAN, "loudness.mean");
        assertName(FlavorLayout.LOUDNESS_SPREAD, "loudness.std frames");
        assertName(FlavorLayout.LOUDNESS_RANGE, "loudness.std seconds");
        assertName(FlavorLayout.LOUDNESS_PERCENTILES, "loudness p10");
    }

    private static void assertName(int index, String prefix) {
        String name = FlavorLayout.DESCRIPTORS.get(index).name();
        assertTrue(name.startsWith(prefix), index + " is " + name + ", not " + prefix);
    }

    @Test
    void standardisedValuesAreClamped() {
        double[] raw = new double[FlavorLayout.DIMENSION];
        raw[FlavorLayout.LOUDNESS_MEAN] = 1e6;
        float[] values = FlavorLayout.standardise(raw);
        assertEquals(
                FlavorLayout.CLAMP * FlavorLayout.weight(FlavorLayout.LOUDNESS_MEAN),
                values[FlavorLayout.LOUDNESS_MEAN],
                1e-6);
    }
}
