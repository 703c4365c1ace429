package org.audioimport.flavor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FlavorVectorTest {

    private static float[] values(float first) {
        float[] values = new float[FlavorVector.DIMENSION];
        values[0] = first;
        values[1] = 1;
        return values;
    }

    @Test
    void theDimensionIsTheLayouts() {
        assertEquals(FlavorLayout.DIMENSION, FlavorVector.DIMENSION);
    }

    @Test
    void theValuesAreCopiedInAndOut() {
        float[] values = values(0.5f);
        FlavorVector vector = new FlavorVector(FlavorVector.VERSION, values);
        values[0] = 9;
        assertEquals(0.5f, vector.value(0));
        vector.values()[0] = 9;
        assertEquals(0.5f, vector.value(0));
    }

    @Test
    void equalValuesMakeEqualVectors() {
        assertEquals(new FlavorVector(1, values(0.5f)), new FlavorVector(1, values(0.5f)));
        assertEquals(new FlavorVector(1, values(0.5f)).hashCode(), new FlavorVector(1, values(0.5f)).hashCode());
        assertNotEquals(new FlavorVector(1, values(0.5f)), new FlavorVector(1, values(0.25f)));
    }

    @Test
    void aVectorOfTheCurrentVersionMustHaveItsDimensionAndFiniteValues() {
        assertThrows(IllegalArgumentException.class, () -> new FlavorVector(FlavorVector.VERSION, new float[3]));
        assertThrows(IllegalArgumentException.class, () -> new FlavorVector(FlavorVector.VERSION, values(Float.NaN)));
        assertThrows(IllegalArgumentException.class, () -> new FlavorVector(0, values(0)));
    }

    @Test
    void cosineDistanceIsZeroForTheSameDirectionAndTwoForTheOpposite() {
        FlavorVector a = new FlavorVector(1, values(1));
        assertEquals(0, a.cosineDistance(new FlavorVector(1, values(1))), 1e-12);
        float[] opposite = values(-1);
        opposite[1] = -1;
        assertEquals(2, a.cosineDistance(new FlavorVector(1, opposite)), 1e-12);
    }

    @Test
    void vectorsOfTheCurrentAndTheOldestComparableVersionCompare() {
        FlavorVector current = new FlavorVector(FlavorVector.VERSION, values(1));
        FlavorVector oldest = new FlavorVector(FlavorVector.OLDEST_COMPARABLE, values(1));
        FlavorVector older = new FlavorVector(FlavorVector.OLDEST_COMPARABLE - 1, values(1));

        assertEquals(0, current.cosineDistance(oldest), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> current.cosineDistance(older));
        assertTrue(FlavorVector.isCurrent(FlavorVector.OLDEST_COMPARABLE));
        assertFalse(FlavorVector.isCurrent(FlavorVector.OLDEST_COMPARABLE - 1));
        assertFalse(FlavorVector.isCurrent(FlavorVector.VERSION + 1));
        assertFalse(FlavorVector.isCurrent(null));
    }

    @Test
    void vectorsOfDifferentVersionsDoNotCompare() {
        FlavorVector a = new FlavorVector(1, values(1));
        FlavorVector b = new FlavorVector(2, values(1));
        assertThrows(IllegalArgumentException.class, () -> a.cosineDistance(b));
    }
}
