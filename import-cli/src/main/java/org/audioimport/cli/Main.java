package org.audioimport.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.audioimport.fingerprint.ChromaprintUnavailableException;
import org.audioimport.store.CatalogueException;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The composition root: builds the command line and maps failures to the documented exit codes. */
@Command(name = "audio-import",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Imports a music library into a SQLite catalogue.",
        subcommands = {ImportCommand.class, ShowCommand.class, StatusCommand.class, FailedCommand.class,
            DuplicatesCommand.class, SimilarCommand.class, PlaylistCommand.class, IndexCommand.class, BenchCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Success.",
            "1:Some files failed (import); the file is not in the catalogue (show, similar, playlist); the index has problems (index verify).",
            "2:Usage error.",
            "3:The catalogue cannot be opened or migrated.",
            "4:A system library it needs (Chromaprint) is missing.",
            "5:Another daemon already runs on this catalogue (daemon).",
            "130:Interrupted (Ctrl-C); the catalogue is consistent."})
public final class Main {
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return commandLine(ConfigSources.load(System.getenv(), Path.of(System.getProperty("user.home"))));
    }

    static CommandLine commandLine(ConfigSources config) {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.addSubcommand("daemon", new DaemonCommand(config));
        commandLine.addSubcommand("config", new ConfigCommand(config));
        commandLine.setDefaultValueProvider(config);
        commandLine.setExecutionExceptionHandler(Main::handle);
        return commandLine;
    }

    private static int handle(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult)
            throws Exception {
        PrintWriter err = commandLine.getErr();
        if (e instanceof CatalogueException) {
            err.println("audio-import: " + e.getMessage());
            return ExitCodes.CATALOGUE_UNUSABLE;
        }
        if (e instanceof ChromaprintUnavailableException) {
            err.println("audio-import: " + e.getMessage());
            return ExitCodes.LIBRARY_MISSING;
        }
        throw e;
    }
}
