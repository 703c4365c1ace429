package org.audioimport.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Where log lines go and how many. slf4j-simple reads its settings when the first logger is made, so
 * {@link #apply} runs first thing in a command.
 */
final class LoggingOptions {
    @Option(names = "--log-level", paramLabel = "LEVEL",
            description = "error, warn, info or debug (default: warn for import, info for daemon).")
    String level;

    @Option(names = "--log-file", paramLabel = "PATH", description = "Append log lines to this file instead of stderr.")
    Path file;

    void apply(String defaultLevel) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", level != null ? level : defaultLevel);
        if (file != null) {
            System.setProperty("org.slf4j.simpleLogger.logFile", file.toAbsolutePath().toString());
            System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
            System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSZ");
        }
    }
}
