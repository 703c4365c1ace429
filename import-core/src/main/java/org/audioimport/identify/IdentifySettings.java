package org.audioimport.identify;

import java.net.URI;
import java.time.Duration;

/**
 * How identification talks to the services. Without an AcoustID key ({@link #enabled()} false) nothing
 * is sent anywhere. The base URLs are the parts before {@code /v2/lookup} and {@code /ws/2/}; the rates
 * are requests per second, the pace each service is never asked faster than. {@code refreshAfter} is
 * the age after which a lookup is made again (null: never); {@code retryAfterError} the first wait
 * before a failed lookup is tried again, doubling with each failure in a row.
 */
public record IdentifySettings(
        String acoustidKey,
        URI acoustidUrl,
        URI musicbrainzUrl,
        String userAgent,
        double acoustidRate,
        double musicbrainzRate,
        double minScore,
        Duration refreshAfter,
        Duration requestTimeout,
        Duration retryAfterError) {
    public static final URI ACOUSTID_URL = URI.create("https://api.acoustid.org");
    public static final URI MUSICBRAINZ_URL = URI.create("https://musicbrainz.org");
    public static final double ACOUSTID_RATE = 3;
    public static final double MUSICBRAINZ_RATE = 1;
    public static final double MIN_SCORE = 0.5;
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration RETRY_AFTER_ERROR = Duration.ofMinutes(10);
    public static final String CONTACT = "https://github.com/audio-import/audio-import";

    public IdentifySettings {
        if (!(acoustidRate > 0) || !(musicbrainzRate > 0)) {
            throw new IllegalArgumentException("the request rates must be above 0 per second");
        }
        if (!(minScore >= 0 && minScore <= 1)) {
            throw new IllegalArgumentException("the minimum score must be between 0 and 1, was " + minScore);
        }
    }

    /** The User-Agent both services ask for: the program, its version and how to reach its makers. */
    public static String userAgent(String version, String contact) {
        return "audio-import/" + version + " ( " + contact + " )";
    }

    public boolean enabled() {
        return acoustidKey != null && !acoustidKey.isBlank();
    }

    /** The seconds one new recording costs at the configured rates: the slower service sets the pace. */
    public double secondsPerFile() {
        return Math.max(1 / acoustidRate, 1 / musicbrainzRate);
    }
}
