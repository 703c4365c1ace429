package org.audioimport.cli;

import java.nio.file.Path;
import java.util.Map;

/** The catalogue a command works on: {@code --db} (a {@link CommonOptions common option}), or the default. */
final class CatalogueOption {
    private CatalogueOption() {}

    /** The catalogue the common options name, or the default one. */
    static Path of(CommonOptions options) {
        return options.db != null
                ? options.db
                : defaultCatalogue(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static Path defaultCatalogue(Map<String, String> environment, Path home) {
        String dataHome = environment.get("XDG_DATA_HOME");
        Path base = dataHome != null && !dataHome.isBlank() ? Path.of(dataHome) : home.resolve(".local/share");
        return base.resolve("audio-import").resolve("library.db");
    }
}
