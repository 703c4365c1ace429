package org.audioimport.flavor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class QuickSelectTest {

    @Test
    void selectionPutsTheKthValueInPlace() {
        Random random = new Random(5);
        for (int trial = 0; trial < 500; trial++) {
            int n = 1 + random.nextInt(300);
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                values[i] = random.nextInt(4) == 0 ? random.nextInt(3) : random.nextDouble();
            }
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            int k = random.nextInt(n);
            QuickSelect.select(values, 0, n, k);
            assertEquals(sorted[k], values[k]);
            for (int i = 0; i < n; i++) {
                assertTrue(i < k ? values[i] <= values[k] : values[i] >= values[k]);
            }
            double[] rearranged = values.clone();
            Arrays.sort(rearranged);
            assertArrayEquals(sorted, rearranged);
        }
    }
}
