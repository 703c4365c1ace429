package org.audioimport.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Settings from outside the command line: environment variables ({@code AUDIO_IMPORT_WORKERS} for
 * {@code --workers}) over the config file ({@code workers = 8} in
 * {@code $XDG_CONFIG_HOME/audio-import/config.properties}). Flags win over both, since picocli only
 * asks for a default when a flag is absent.
 */
final class ConfigSources implements IDefaultValueProvider {
    static final String ENV_PREFIX = "AUDIO_IMPORT_";

    private final Map<String, String> environment;
    private final Path file;
    private final Properties fileValues;

    private ConfigSources(Map<String, String> environment, Path file, Properties fileValues) {
        this.environment = environment;
        this.file = file;
        this.fileValues = fileValues;
    }

    static ConfigSources load(Map<String, String> environment, Path home) {
        Path file = configFile(environment, home);
        Properties values = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file)) {
                values.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the config file " + file, e);
            }
        }
        return new ConfigSources(environment, file, values);
    }

    /** {@code AUDIO_IMPORT_CONFIG}, else {@code $XDG_CONFIG_HOME/audio-import/config.properties}, else under ~/.config. */
    static Path configFile(Map<String, String> environment, Path home) {
        String explicit = environment.get(ENV_PREFIX + "CONFIG");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String configHome = environment.get("XDG_CONFIG_HOME");
        Path base = configHome != null && !configHome.isBlank() ? Path.of(configHome) : home.resolve(".config");
        return base.resolve("audio-import").resolve("config.properties");
    }

    Path file() {
        return file;
    }

    /** A setting's value and where it came from. */
    record Value(String value, String source) {}

    Optional<Value> lookup(String key) {
        String fromEnvironment = environment.get(environmentName(key));
        if (fromEnvironment != null) {
            return Optional.of(new Value(fromEnvironment, "environment " + environmentName(key)));
        }
        String fromFile = fileValues.getProperty(key);
        if (fromFile != null) {
            return Optional.of(new Value(fromFile.strip(), "config file " + file));
        }
        return Optional.empty();
    }

    static String environmentName(String key) {
        return ENV_PREFIX + key.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    @Override
    public String defaultValue(ArgSpec argument) {
        if (argument instanceof OptionSpec option && option.longestName().startsWith("--")) {
            return lookup(option.longestName().substring(2)).map(Value::value).orElse(null);
        }
        return null;
    }
}
