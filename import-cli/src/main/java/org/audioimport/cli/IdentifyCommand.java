package org.audioimport.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.audioimport.identify.IdentificationQueue;
import org.audioimport.identify.IdentifyReport;
import org.audioimport.identify.IdentifySettings;
import org.audioimport.store.Catalogue;
import org.audioimport.store.CatalogueException;
import org.audioimport.store.IdentityStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code audio-import identify}: works through the identification queue (files with a fingerprint and no
 * identity yet) with a progress bar, then reports. Ctrl-C stops after the file in flight; the next run
 * carries on from the catalogue.
 */
@Command(
        name = "identify",
        mixinStandardHelpOptions = true,
        description =
                "Identify catalogued files on AcoustID and MusicBrainz (needs an AcoustID key; see docs/identify.md).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Every file taken was identified (matched or without a match).",
            "1:Some lookups failed (they are retried later), or the run stopped after failures in a row.",
            "2:Usage error, or no AcoustID key is configured (nothing was sent).",
            "3:The catalogue cannot be opened or migrated.",
            "130:Interrupted by Ctrl-C."
        })
final class IdentifyCommand implements Callable<Integer> {
    @Mixin
    private CatalogueContext context;

    @Mixin
    private IdentifyOptions options;

    @Option(
            names = "--limit",
            paramLabel = "N",
            description = "Identify at most N files in this run (default: all due).")
    private Integer limit;

    @Option(names = "--no-progress", description = "Do not show the progress bar.")
    private boolean noProgress;

    @Override
    public Integer call() throws CatalogueException {
        if (limit != null && limit < 1) {
            throw new ParameterException(context.spec().commandLine(), "--limit must be at least 1, was " + limit);
        }
        IdentifySettings settings = options.settings();
        if (!settings.enabled()) {
            context.spec()
                    .commandLine()
                    .getErr()
                    .println("audio-import: no AcoustID key is configured, so nothing was sent ("
                            + options.whereTheKeyGoes() + ")");
            return ExitCodes.USAGE;
        }
        Catalogue catalogue = writableExisting(context.catalogueFile());
        IdentificationQueue queue = new IdentificationQueue(new IdentityStore(catalogue), settings, Clock.systemUTC());
        // A request in flight is let finish, or time out, so that its answer is kept and the report printed.
        StopOnSignal signal = StopOnSignal.install(
                "stop-identify", settings.requestTimeout().multipliedBy(2).plusSeconds(5), queue::stop, () -> {});
        IdentifyReport report;
        boolean signalled;
        try {
            try (IdentifyProgress progress =
                    new IdentifyProgress(!noProgress && !context.json(), settings.secondsPerFile())) {
                report = queue.run(limit == null ? Integer.MAX_VALUE : limit, progress);
            }
            print(report);
        } finally {
            signalled = signal.finish();
        }
        if (report.interrupted() || signalled) {
            return ExitCodes.INTERRUPTED;
        }
        return report.failed() > 0 || report.stoppedBecause() != null ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }

    private void print(IdentifyReport report) {
        context.answer(() -> IdentifyText.json(report), out -> IdentifyText.print(report, out));
    }

    /** Identification writes its results, so the catalogue opens for writing; it must exist already. */
    private static Catalogue writableExisting(Path file) throws CatalogueException {
        if (!Files.isRegularFile(file)) {
            throw new CatalogueException(
                    file.toAbsolutePath(), "does not exist (import a folder first, or name the catalogue with --db)");
        }
        return Catalogue.open(file);
    }
}
