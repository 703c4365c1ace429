package org.audioimport.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.audioimport.identify.IdentifySettings;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * How identification talks to AcoustID and MusicBrainz: shared by {@code identify} and
 * {@code import --identify}. The key and the base URLs come only from the environment or the config file
 * ({@code acoustid_key}, {@code acoustid_url}, {@code musicbrainz_url}, {@code identify_contact}), never
 * from a flag, so that a key never shows in the process list.
 */
final class IdentifyOptions {
    static final String KEY = "acoustid_key";

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(
            names = "--musicbrainz-rate",
            paramLabel = "PER_SECOND",
            defaultValue = "" + IdentifySettings.MUSICBRAINZ_RATE,
            description =
                    "MusicBrainz requests per second at most (default: ${DEFAULT-VALUE}, musicbrainz.org's limit); "
                            + "raise it only for a mirror of your own.")
    double musicbrainzRate;

    @Option(
            names = "--identify-min-score",
            paramLabel = "SCORE",
            defaultValue = "" + IdentifySettings.MIN_SCORE,
            description = "The lowest AcoustID score (0 to 1) taken as a match (default: ${DEFAULT-VALUE}).")
    double minScore;

    @Option(
            names = "--identify-refresh-days",
            paramLabel = "DAYS",
            description = "Look a file up again once its answer is this many days old (default: never).")
    Double refreshDays;

    @Option(
            names = "--identify-timeout",
            paramLabel = "SECONDS",
            defaultValue = "30",
            description = "How long one request may take before it counts as failed (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    /** The settings from the options and the environment or config file; a bad value is a usage error. */
    IdentifySettings settings() {
        ConfigSources config = config();
        try {
            Duration refresh = OptionDurations.days(refreshDays);
            if ((refresh != null && refresh.isNegative()) || !(timeoutSeconds > 0)) {
                throw new IllegalArgumentException("--identify-refresh-days and --identify-timeout must be above 0");
            }
            String contact = value(config, "identify_contact").orElse(IdentifySettings.CONTACT);
            return new IdentifySettings(
                    value(config, KEY).orElse(null),
                    url(config, "acoustid_url", IdentifySettings.ACOUSTID_URL),
                    url(config, "musicbrainz_url", IdentifySettings.MUSICBRAINZ_URL),
                    IdentifySettings.userAgent(VersionProvider.version(), contact),
                    IdentifySettings.ACOUSTID_RATE,
                    musicbrainzRate,
                    minScore,
                    refresh,
                    OptionDurations.seconds(timeoutSeconds),
                    IdentifySettings.RETRY_AFTER_ERROR);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** Where to set the key, for the message shown when there is none. */
    String whereTheKeyGoes() {
        return "set " + KEY + " in " + config().file() + " or " + ConfigSources.environmentName(KEY);
    }

    private ConfigSources config() {
        IDefaultValueProvider provider = spec.root().defaultValueProvider();
        return provider instanceof ConfigSources sources
                ? sources
                : ConfigSources.load(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    private static Optional<String> value(ConfigSources config, String key) {
        return config.lookup(key)
                .map(ConfigSources.Value::value)
                .map(String::strip)
                .filter(v -> !v.isEmpty());
    }

    private static URI url(ConfigSources config, String key, URI fallback) {
        Optional<String> configured = value(config, key);
        if (configured.isEmpty()) {
            return fallback;
        }
        try {
            URI uri = new URI(configured.get());
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                throw new IllegalArgumentException(key + " must be an http or https URL, was " + configured.get());
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(key + " is not a URL: " + e.getMessage(), e);
        }
    }
}
