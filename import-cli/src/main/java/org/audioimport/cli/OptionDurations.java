package org.audioimport.cli;

import java.time.Duration;

/** The durations options give in seconds or in days, fractions allowed: one rounding for every option. */
final class OptionDurations {
    private OptionDurations() {}

    /** {@code seconds}, to the millisecond. */
    static Duration seconds(double seconds) {
        return Duration.ofMillis(Math.round(seconds * 1000));
    }

    /** {@code days}, to the minute; null for null (the option was not given). */
    static Duration days(Double days) {
        return days == null ? null : Duration.ofMinutes(Math.round(days * 24 * 60));
    }
}
