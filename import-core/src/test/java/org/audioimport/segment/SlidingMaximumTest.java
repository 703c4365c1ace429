package org.audioimport.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SlidingMaximumTest {

    @Test
    void givesWhatAScanOfTheSpanGivesAsLevelHistoryAsksIt() {
        Random random = new Random(7);
        int span = 30;
        int[] values = new int[5000];
        SlidingMaximum max = new SlidingMaximum();
        max.reset(span + 1);
        for (int w = 0; w < values.length; w++) {
            // Runs of equal, rising and falling values, as window peaks have.
            values[w] = w % 97 < 40 ? random.nextInt(4) : random.nextInt(33_000);
            assertEquals(scan(values, w - span, w), max.maxFrom(w - span), "before " + w);
            max.push(w, values[w]);
            assertEquals(scan(values, w - span + 1, w + 1), max.maxFrom(w - span + 1), "after " + w);
        }
        for (int w = values.length - span; w < values.length; w++) {
            assertEquals(scan(values, w + 1, values.length), max.maxFrom(w + 1), "tail " + w);
        }
    }

    private static int scan(int[] values, int from, int to) {
        int max = -1;
        for (int w = Math.max(0, from); w < to; w++) {
            max = Math.max(max, values[w]);
        }
        return max;
    }
}
