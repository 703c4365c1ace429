package org.audioimport.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.audioimport.identify.IdentifySettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Spec;

/** {@code audio-import config}: the effective settings of import and daemon, and where each comes from. */
@Command(
        name = "config",
        mixinStandardHelpOptions = true,
        description =
                "Print the effective configuration and where each value comes from (environment, config file, default).")
final class ConfigCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private JsonOption jsonOption;

    private final ConfigSources sources;

    ConfigCommand(ConfigSources sources) {
        this.sources = sources;
    }

    @Override
    public Integer call() {
        Map<String, ConfigSources.Value> effective = new LinkedHashMap<>();
        CommandLine root = spec.root().commandLine();
        for (String command : new String[] {"import", "daemon"}) {
            for (OptionSpec option :
                    root.getSubcommands().get(command).getCommandSpec().options()) {
                String key = option.longestName().substring(2);
                if (option.usageHelp() || option.versionHelp() || key.equals("json") || key.equals("no-progress")) {
                    continue;
                }
                String fallback = option.defaultValue() != null ? option.defaultValue() : "";
                effective.putIfAbsent(key, sources.lookup(key).orElse(new ConfigSources.Value(fallback, "default")));
            }
        }
        effective.put(
                ConfiguredFolders.KEY,
                sources.lookup(ConfiguredFolders.KEY).orElse(new ConfigSources.Value("", "default")));
        // The key itself is never printed: only whether it is set, and where.
        effective.put(
                IdentifyOptions.KEY,
                sources.lookup(IdentifyOptions.KEY)
                        .map(key -> new ConfigSources.Value("(set)", key.source()))
                        .orElse(new ConfigSources.Value(
                                "(not set: nothing is sent to AcoustID or MusicBrainz)", "default")));
        effective.put(
                "acoustid_url",
                sources.lookup("acoustid_url")
                        .orElse(new ConfigSources.Value(IdentifySettings.ACOUSTID_URL.toString(), "default")));
        effective.put(
                "musicbrainz_url",
                sources.lookup("musicbrainz_url")
                        .orElse(new ConfigSources.Value(IdentifySettings.MUSICBRAINZ_URL.toString(), "default")));
        effective.put(
                "identify_contact",
                sources.lookup("identify_contact")
                        .orElse(new ConfigSources.Value(IdentifySettings.CONTACT, "default")));
        jsonOption.print(
                () -> {
                    ObjectNode json = Json.object();
                    json.put("config_file", sources.file().toString());
                    ObjectNode values = json.putObject("settings");
                    effective.forEach((key, value) ->
                            values.putObject(key).put("value", value.value()).put("source", value.source()));
                    return json;
                },
                out -> {
                    out.printf("Config file: %s%n", sources.file());
                    effective.forEach(
                            (key, value) -> out.printf("  %-22s %-30s (%s)%n", key, value.value(), value.source()));
                });
        return ExitCodes.OK;
    }
}
