package org.audioimport.cli;

import java.nio.file.Path;
import java.time.Duration;
import org.audioimport.http.HttpSettings;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The daemon's HTTP API and folder watching options; like every option, settable in the config or the environment. */
final class DaemonWebOptions {
    @Option(
            names = "--http",
            paramLabel = "[ADDR:]PORT",
            description = "Serve the HTTP API, the live events, the metrics and the web page on this port "
                    + "(ADDR 127.0.0.1 unless given; any other address needs --http-token-file).")
    String http;

    @Option(
            names = "--http-token-file",
            paramLabel = "PATH",
            description = "A file holding the secret every API request must carry as 'Authorization: Bearer TOKEN'; "
                    + "readable by its owner only.")
    Path tokenFile;

    @Option(
            names = "--watch",
            description = "Scan the folders that change, once the changes settle "
                    + "(file-system events); the schedule stays as the fallback for mounts without events.")
    boolean watch;

    @Option(
            names = "--watch-settle",
            paramLabel = "SECONDS",
            defaultValue = "5",
            description =
                    "How long changes must pause before the changed folders are scanned (default: ${DEFAULT-VALUE}).")
    double settleSeconds;

    /** The HTTP settings, or null without --http; a setting that cannot work is a usage error. */
    HttpSettings httpSettings(CommandLine commandLine) {
        if (!(settleSeconds > 0)) {
            throw new ParameterException(commandLine, "--watch-settle must be more than 0 seconds");
        }
        if (http == null) {
            if (tokenFile != null) {
                throw new ParameterException(commandLine, "--http-token-file needs --http");
            }
            return null;
        }
        try {
            return HttpSettings.of(http, tokenFile);
        } catch (HttpSettings.InvalidException e) {
            throw new ParameterException(commandLine, e.getMessage(), e);
        }
    }

    Duration settle() {
        return OptionDurations.seconds(settleSeconds);
    }
}
