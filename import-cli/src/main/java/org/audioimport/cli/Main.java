package org.audioimport.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The composition root: builds the command line and maps failures to the documented exit codes. */
@Command(
        name = "audio-import",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Imports a music library into a SQLite catalogue.",
        subcommands = {
            ImportCommand.class,
            ShowCommand.class,
            StatusCommand.class,
            FailedCommand.class,
            DuplicatesCommand.class,
            SimilarCommand.class,
            PlaylistCommand.class,
            IndexCommand.class,
            BenchCommand.class,
            DaemonCommand.class,
            ConfigCommand.class,
            CompletionCommand.class,
            IdentifyCommand.class,
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Success.",
            "1:Some files failed (import); the file is not in the catalogue (show, similar, playlist); the index has problems (index verify); "
                    + "some lookups failed (identify).",
            "2:Usage error; no AcoustID key configured (identify).",
            "3:The catalogue cannot be opened or migrated.",
            "4:A system library it needs (Chromaprint) is missing.",
            "5:Another daemon already runs on this catalogue (daemon).",
            "6:The catalogue's disk is full or failing (import): the run stopped, what it wrote is kept.",
            "130:Interrupted (Ctrl-C); the catalogue is consistent."
        })
public final class Main {
    @Mixin
    private CommonOptions common;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return commandLine(ConfigSources.load(System.getenv(), Path.of(System.getProperty("user.home"))));
    }

    static CommandLine commandLine(ConfigSources config) {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        CommandLine commandLine = new CommandLine(new Main(), new Factory(config));
        commandLine.registerConverter(Path.class, ArgumentPaths.ofThisProcess());
        commandLine.setDefaultValueProvider(config);
        commandLine.setExecutionStrategy(Main::execute);
        commandLine.setExecutionExceptionHandler(Main::handle);
        return commandLine;
    }

    CommonOptions common() {
        return common;
    }

    /** Sets up logging once, from the common options, then runs the command named last. */
    private static int execute(CommandLine.ParseResult parseResult) {
        List<CommandLine> commands = parseResult.asCommandLineList();
        Object command = commands.get(commands.size() - 1).getCommand();
        CommonOptions options = ((Main) commands.get(0).getCommand()).common;
        options.applyLogging(command instanceof LogsInfoByDefault ? "info" : "warn");
        return new CommandLine.RunLast().execute(parseResult);
    }

    /** Makes the commands that read the configuration with it; picocli's own factory makes the rest. */
    private record Factory(ConfigSources config) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == DaemonCommand.class) {
                return type.cast(new DaemonCommand(config));
            }
            if (type == ImportCommand.class) {
                return type.cast(new ImportCommand(config));
            }
            if (type == ConfigCommand.class) {
                return type.cast(new ConfigCommand(config));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }

    /** The one place a command's failure becomes an exit code; anything else is a bug, and picocli reports it. */
    private static int handle(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult)
            throws Exception {
        OptionalInt code = ExitCodes.of(e);
        if (code.isEmpty()) {
            throw e;
        }
        PrintWriter err = commandLine.getErr();
        err.println("audio-import: " + e.getMessage());
        err.flush();
        return code.getAsInt();
    }
}
