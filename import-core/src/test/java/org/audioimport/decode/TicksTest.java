package org.audioimport.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TicksTest {

    @ParameterizedTest
    @ValueSource(ints = {8000, 11025, 16000, 22050, 24000, 32000, 44100, 48000, 64000, 88200, 96000, 176400, 192000})
    void oneSecondOfFramesAtEveryCommonRateIsExactlyOneSecondOfTicks(int rate) {
        assertTrue(Ticks.isExact(rate));
        assertEquals(Ticks.PER_SECOND, Ticks.fromFrames(rate, rate));
        assertEquals(Ticks.PER_SECOND / rate, Ticks.fromFrames(1, rate));
    }

    @Test
    void rateThatDoesNotDivideIsRoundedToTheNearestTick() {
        // 37,800 Hz: 28,224,000 / 37,800 = 746.67 ticks per frame.
        assertFalse(Ticks.isExact(37_800));
        assertEquals(747, Ticks.fromFrames(1, 37_800));
        assertEquals(1493, Ticks.fromFrames(2, 37_800));
        assertEquals(Ticks.PER_SECOND, Ticks.fromFrames(37_800, 37_800));
    }
}
