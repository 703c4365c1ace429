package org.audioimport.identify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifySettingsTest {
    @ParameterizedTest
    @CsvSource({"0, 1, 0.5", "3, -1, 0.5", "NaN, 1, 0.5", "3, 1, 1.5", "3, 1, -0.1", "3, 1, NaN"})
    void refusesRatesThatAreNotAboveZeroAndScoresOutsideZeroToOne(double acoustid, double musicbrainz, double score) {
        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> settings("key", acoustid, musicbrainz, score));

        assertTrue(
                refused.getMessage().contains("request rates")
                        || refused.getMessage().contains("minimum score"),
                refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void aBlankKeyLeavesIdentificationOff(String key) {
        assertFalse(settings(key, 3, 1, 0.5).enabled());
        assertFalse(settings(null, 3, 1, 0.5).enabled());
        assertTrue(settings("key", 3, 1, 0.5).enabled());
    }

    @ParameterizedTest
    @CsvSource({"3, 1, 1.0", "3, 20, 0.3333333333333333", "0.5, 20, 2.0"})
    void aNewRecordingCostsTheIntervalOfTheSlowerService(double acoustid, double musicbrainz, double seconds) {
        assertEquals(seconds, settings("key", acoustid, musicbrainz, 0.5).secondsPerFile());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/acoustid", "https://example.org/acoustid/"})
    void aServicePathGoesUnderTheBaseWithOrWithoutItsSlash(String base) {
        assertEquals(URI.create("https://example.org/acoustid/v2/lookup"), Urls.under(URI.create(base), "v2/lookup"));
    }

    @ParameterizedTest
    @CsvSource({"1.2.3, https://example.org, audio-import/1.2.3 ( https://example.org )"})
    void theUserAgentNamesTheProgramItsVersionAndAContact(String version, String contact, String agent) {
        assertEquals(agent, IdentifySettings.userAgent(version, contact));
    }

    private static IdentifySettings settings(String key, double acoustid, double musicbrainz, double score) {
        return new IdentifySettings(
                key,
                IdentifySettings.ACOUSTID_URL,
                IdentifySettings.MUSICBRAINZ_URL,
                "agent",
                acoustid,
                musicbrainz,
                score,
                null,
                Duration.ofSeconds(1),
                Duration.ofMinutes(1));
    }
}
