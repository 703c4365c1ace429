package org.audioimport.identify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
    @Test
    void readsSecondsAndHttpDatesAndIgnoresAnythingElse() {
        String inAMinute =
                ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(60).format(DateTimeFormatter.RFC_1123_DATE_TIME);

        assertEquals(Optional.of(Duration.ofSeconds(2)), WebService.retryAfter(" 2 "));
        assertEquals(Optional.of(Duration.ZERO), WebService.retryAfter("-5"));
        Duration untilTheDate = WebService.retryAfter(inAMinute).orElseThrow();
        assertTrue(
                untilTheDate.compareTo(Duration.ofSeconds(50)) > 0
                        && untilTheDate.compareTo(Duration.ofSeconds(61)) < 0,
                untilTheDate.toString());
        assertEquals(Optional.empty(), WebService.retryAfter("soon"));
    }
}
