package org.audioimport.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ClusteredVectorsTest {

    @Test
    void sameSeedGivesTheSameVectorsAndAnotherSeedOthers() {
        float[][] first = ClusteredVectors.generate(50, 8, 11);

        assertArrayEquals(first, ClusteredVectors.generate(50, 8, 11));
        assertFalse(Arrays.deepEquals(first, ClusteredVectors.generate(50, 8, 12)));
        assertEquals(8, first[49].length);
    }
}
