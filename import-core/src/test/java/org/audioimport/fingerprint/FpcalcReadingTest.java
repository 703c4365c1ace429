package org.audioimport.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.audioimport.decode.DamagedPacket;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The frames fpcalc reads around refused packets, told as the decoder tells them. */
class FpcalcReadingTest {

    private final FpcalcReading reading = new FpcalcReading();

    @BeforeEach
    void damageAtFrame1000() {
        reading.damaged(new DamagedPacket(1000, 1500, false));
    }

    @Test
    void theFrameBeforeARefusalIsSkippedAndTheRestRead() {
        assertEquals(1000, reading.readable(0, 4096), "read up to the frame");
        assertEquals(500, reading.unreadable(1000, 3096), "the frame skipped");
        assertEquals(2596, reading.readable(1500, 2596), "read after it");
    }

    @Test
    void aSecondRefusalInARowEndsTheReading() {
        reading.damaged(new DamagedPacket(1500, 1500, true));

        assertEquals(1000, reading.readable(0, 4096));
        assertEquals(500, reading.unreadable(1000, 3096));
        assertEquals(0, reading.readable(1500, 2596), "nothing read after the second refusal");
        assertEquals(2596, reading.unreadable(1500, 2596));
    }

    @Test
    void resetForgetsTheLastFile() {
        reading.reset();

        assertEquals(4096, reading.readable(0, 4096));
    }
}
