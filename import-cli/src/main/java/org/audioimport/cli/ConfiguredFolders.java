package org.audioimport.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The library's folders as the configuration names them (the {@code folders} setting, paths separated by
 * {@code :}): what the daemon scans when no folder is named, and what an {@code import} of a folder below
 * one of them takes its ignore rules from.
 */
final class ConfiguredFolders {
    static final String KEY = "folders";

    private ConfiguredFolders() {}

    static List<Path> of(ConfigSources config) {
        return config.lookup(KEY)
                .map(setting -> Arrays.stream(setting.value().split(":"))
                        .filter(folder -> !folder.isBlank())
                        .map(Path::of)
                        .toList())
                .orElse(List.of());
    }
}
