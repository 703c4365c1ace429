package org.audioimport.schedule;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Locale;

/**
 * When scans are due. An interval counts from the end of the previous scan, so scans never pile up;
 * a cron expression (standard five-field Unix syntax) names wall-clock times. cron-utils parses and
 * evaluates the expressions: hand-written cron arithmetic is a classic source of month and DST bugs.
 */
public sealed interface Schedule {
    /** The next time a scan is due, given that the previous one ended at {@code lastScanEnded}. */
    ZonedDateTime nextAfter(ZonedDateTime lastScanEnded);

    /** Every {@code interval}, counted from the end of the previous scan. */
    record Every(Duration interval) implements Schedule {
        public Every {
            if (interval.isNegative() || interval.isZero()) {
                throw new IllegalArgumentException("the interval must be positive, was " + interval);
            }
        }

        @Override
        public ZonedDateTime nextAfter(ZonedDateTime lastScanEnded) {
            return lastScanEnded.plus(interval);
        }
    }

    /** At the times a Unix cron expression names ("0 3 * * *": every day at 03:00). */
    record Cron(String expression, ExecutionTime times) implements Schedule {
        @Override
        public ZonedDateTime nextAfter(ZonedDateTime lastScanEnded) {
            return times.nextExecution(lastScanEnded)
                    .orElseThrow(() -> new IllegalStateException("cron expression never fires again: " + expression));
        }
    }

    /** Parses a cron expression; the message of the exception says what is wrong with it. */
    static Cron cron(String expression) {
        CronParser parser = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));
        return new Cron(expression, ExecutionTime.forCron(parser.parse(expression)));
    }

    /** Parses an interval such as "6h", "30m", "90s", "1d" or "1h30m". */
    static Every every(String text) {
        String rest = text.strip().toLowerCase(Locale.ROOT);
        if (rest.isEmpty()) {
            throw new IllegalArgumentException("empty interval");
        }
        Duration total = Duration.ZERO;
        while (!rest.isEmpty()) {
            int digits = 0;
            while (digits < rest.length() && Character.isDigit(rest.charAt(digits))) {
                digits++;
            }
            if (digits == 0 || digits == rest.length()) {
                throw new IllegalArgumentException("not an interval: \"" + text + "\" (use e.g. 6h, 30m, 90s, 1d)");
            }
            long amount = Long.parseLong(rest.substring(0, digits));
            total = total.plus(
                    switch (rest.charAt(digits)) {
                        case 'd' -> Duration.ofDays(amount);
                        case 'h' -> Duration.ofHours(amount);
                        case 'm' -> Duration.ofMinutes(amount);
                        case 's' -> Duration.ofSeconds(amount);
                        default ->
                            throw new IllegalArgumentException(
                                    "not an interval unit in \"" + text + "\": use d, h, m or s");
                    });
            rest = rest.substring(digits + 1);
        }
        return new Every(total);
    }
}
