package org.audioimport.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class ScheduleTest {
    private static final ZonedDateTime NOON = ZonedDateTime.of(2026, 3, 10, 12, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void intervalsAddUpTheirParts() {
        assertEquals(Duration.ofHours(6), Schedule.every("6h").interval());
        assertEquals(Duration.ofMinutes(90), Schedule.every("1h30m").interval());
        assertEquals(Duration.ofDays(1), Schedule.every("1d").interval());
        assertEquals(Duration.ofSeconds(45), Schedule.every("45s").interval());
    }

    @Test
    void intervalCountsFromTheEndOfTheLastScan() {
        assertEquals(NOON.plusHours(6), Schedule.every("6h").nextAfter(NOON));
    }

    @Test
    void malformedIntervalsAreRefusedWithTheReason() {
        assertThrows(IllegalArgumentException.class, () -> Schedule.every("6"));
        assertThrows(IllegalArgumentException.class, () -> Schedule.every("h"));
        assertThrows(IllegalArgumentException.class, () -> Schedule.every("6w"));
        assertThrows(IllegalArgumentException.class, () -> Schedule.every("0s"));
        assertThrows(IllegalArgumentException.class, () -> Schedule.every(""));
    }

    @Test
    void cronExpressionGivesTheNextWallClockTime() {
        Schedule nightly = Schedule.cron("0 3 * * *");

        assertEquals(NOON.plusDays(1).withHour(3), nightly.nextAfter(NOON));
        assertEquals(NOON.withHour(3), nightly.nextAfter(NOON.withHour(2)));
    }

    @Test
    void malformedCronIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Schedule.cron("61 * * * *"));
        assertThrows(IllegalArgumentException.class, () -> Schedule.cron("every day"));
    }
}
