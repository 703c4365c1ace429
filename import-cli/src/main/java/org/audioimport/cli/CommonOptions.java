package org.audioimport.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The options every command accepts, before or after its name ({@code audio-import --db lib.db import DIR}
 * works as {@code audio-import import --db lib.db DIR} does): declared once on the top command and inherited
 * by every subcommand, their values land here whichever command they were given to.
 */
final class CommonOptions {
    @Option(
            names = "--db",
            paramLabel = "PATH",
            scope = ScopeType.INHERIT,
            description = "Catalogue file (default: $XDG_DATA_HOME/audio-import/library.db, "
                    + "or ~/.local/share/audio-import/library.db).")
    Path db;

    @Option(names = "--json", scope = ScopeType.INHERIT, description = "Print JSON on stdout instead of text.")
    boolean json;

    @Option(
            names = "--log-level",
            paramLabel = "LEVEL",
            scope = ScopeType.INHERIT,
            description = "error, warn, info or debug (default: info for daemon, warn for the others).")
    String logLevel;

    @Option(
            names = "--log-file",
            paramLabel = "PATH",
            scope = ScopeType.INHERIT,
            description = "Append log lines to this file instead of stderr.")
    Path logFile;

    /** The common options of the command line {@code spec} belongs to. */
    static CommonOptions of(CommandSpec spec) {
        return ((Main) spec.root().userObject()).common();
    }

    /**
     * Sets up logging, once, before any command runs: slf4j-simple reads its settings when the first logger
     * is made.
     */
    void applyLogging(String defaultLevel) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", logLevel != null ? logLevel : defaultLevel);
        if (logFile != null) {
            System.setProperty(
                    "org.slf4j.simpleLogger.logFile", logFile.toAbsolutePath().toString());
            System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
            System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSZ");
        }
    }
}
