package org.audioimport.cli;

import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/** The --db option shared by every command that reads or writes the catalogue. */
final class CatalogueOption {
    @Option(names = "--db", paramLabel = "PATH",
            description = "Catalogue file (default: $XDG_DATA_HOME/audio-import/library.db, "
                    + "or ~/.local/share/audio-import/library.db).")
    private Path db;

    Path catalogueFile() {
        return db != null ? db : defaultCatalogue(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static Path defaultCatalogue(Map<String, String> environment, Path home) {
        String dataHome = environment.get("XDG_DATA_HOME");
        Path base = dataHome != null && !dataHome.isBlank() ? Path.of(dataHome) : home.resolve(".local/share");
        return base.resolve("audio-import").resolve("library.db");
    }
}
