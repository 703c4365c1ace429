package org.audioimport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.Duration;
import org.audioimport.identify.IdentifySettings;
import org.junit.jupiter.api.Test;

/** The identification progress bar's ETA: the rate limits' pace before any file is done, then the pace measured. */
class IdentifyProgressTest {
    private static final IdentifySettings DEFAULT_RATES = new IdentifySettings(
            "key",
            IdentifySettings.ACOUSTID_URL,
            URI.create("https://musicbrainz.org"),
            IdentifySettings.userAgent("test", IdentifySettings.CONTACT),
            IdentifySettings.ACOUSTID_RATE,
            IdentifySettings.MUSICBRAINZ_RATE,
            IdentifySettings.MIN_SCORE,
            null,
            IdentifySettings.REQUEST_TIMEOUT,
            IdentifySettings.RETRY_AFTER_ERROR);

    @Test
    void tenThousandFilesAtTheDefaultRatesShowHoursBeforeTheFirstIsDone() {
        try (IdentifyProgress progress = new IdentifyProgress(false, DEFAULT_RATES.secondsPerFile())) {
            assertEquals(
                    Duration.ofHours(2).plusMinutes(46).plusSeconds(40),
                    progress.eta(0, 10_000, Duration.ZERO),
                    "a second per file: MusicBrainz's one request a second sets the pace");
        }
    }

    @Test
    void onceFilesAreDoneTheEtaFollowsThePaceMeasured() {
        try (IdentifyProgress progress = new IdentifyProgress(false, DEFAULT_RATES.secondsPerFile())) {
            assertEquals(Duration.ofSeconds(180), progress.eta(10, 90, Duration.ofSeconds(20)));
        }
    }
}
