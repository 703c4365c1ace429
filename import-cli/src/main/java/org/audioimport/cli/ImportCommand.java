package org.audioimport.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.audioimport.fingerprint.Chromaprint;
import org.audioimport.fingerprint.ChromaprintUnavailableException;
import org.audioimport.pipeline.ImportPipeline;
import org.audioimport.pipeline.ImportSettings;
import org.audioimport.pipeline.ImportSummary;
import org.audioimport.scanning.WalkSettings;
import org.audioimport.store.Catalogue;
import org.audioimport.store.CatalogueException;
import org.audioimport.store.CatalogueReader;
import org.audioimport.store.CatalogueWriter;
import org.audioimport.store.WriteException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code audio-import import DIR...}: one import of folders, with progress, then a summary. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import the audio files under the folders into the catalogue.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Every file imported or unchanged.", "1:Some files failed; the others are in the catalogue.",
            "2:Usage error.", "3:The catalogue cannot be opened or migrated.",
            "4:Chromaprint (libchromaprint1) is not installed.", "130:Interrupted by Ctrl-C."})
final class ImportCommand implements Callable<Integer> {
    /** How long Ctrl-C waits for files in flight to commit or roll back before the JVM exits anyway. */
    private static final long STOP_GRACE_SECONDS = 20;

    @Spec
    private CommandSpec spec;

    @Mixin
    private CatalogueOption catalogueOption;

    @Mixin
    private JsonOption jsonOption;

    @Parameters(paramLabel = "DIR", arity = "1..*", description = "Folders (or files) to import.")
    private List<Path> roots;

    @Option(names = "--workers", paramLabel = "N", defaultValue = "" + ImportSettings.DEFAULT_WORKERS,
            description = "Files processed in parallel (default: ${DEFAULT-VALUE}).")
    private int workers;

    @Option(names = "--busy-timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "How long a busy catalogue is retried before a file is given up (default: ${DEFAULT-VALUE}).")
    private double busyTimeoutSeconds;

    @Option(names = "--no-progress", description = "Do not show the progress bar.")
    private boolean noProgress;

    @Option(names = "--purge-missing-after", paramLabel = "DAYS",
            description = "Delete files missing from disk for longer than this many days (default: keep them, marked missing).")
    private Double purgeMissingAfterDays;

    @Option(names = "--no-follow-symlinks", description = "Do not follow symbolic links while walking the folders.")
    private boolean noFollowSymlinks;

    @Option(names = "--ignore", paramLabel = "PATTERN",
            description = "Skip files and folders matching this gitignore-style pattern (repeatable); "
                    + ".audioimportignore files in the folders are read as well.")
    private List<String> ignorePatterns = List.of();

    @Option(names = "--fingerprint-length", paramLabel = "SECONDS", defaultValue = "" + Chromaprint.DEFAULT_LENGTH_SECONDS,
            description = "Seconds fingerprinted from the start of each file, as fpcalc -length (default: ${DEFAULT-VALUE}).")
    private int fingerprintSeconds;

    @Override
    public Integer call() throws CatalogueException, WriteException, ChromaprintUnavailableException, java.io.IOException,
            InterruptedException {
        validate();
        Chromaprint chromaprint = Chromaprint.load();
        Catalogue catalogue = Catalogue.open(catalogueOption.catalogueFile());
        Duration busyTimeout = Duration.ofMillis(Math.round(busyTimeoutSeconds * 1000));
        try (CatalogueWriter writer = CatalogueWriter.open(catalogue, busyTimeout)) {
            ImportPipeline pipeline = new ImportPipeline(new CatalogueReader(catalogue), writer, chromaprint,
                    new ImportSettings(workers, busyTimeout, fingerprintSeconds, purgeMissingAfter(),
                            new WalkSettings(!noFollowSymlinks, ignorePatterns)), Clock.systemUTC());
            CountDownLatch reported = new CountDownLatch(1);
            Thread stopOnSignal = new Thread(() -> {
                pipeline.stop();
                awaitQuietly(reported);
            }, "stop-import");
            Runtime.getRuntime().addShutdownHook(stopOnSignal);
            ImportSummary summary;
            try (ProgressDisplay progress = ProgressDisplay.create(!noProgress && !jsonOption.json)) {
                summary = pipeline.run(roots, progress);
            }
            print(summary);
            reported.countDown();
            boolean interrupted = summary.interrupted() || !removeHook(stopOnSignal);
            if (interrupted) {
                return ExitCodes.INTERRUPTED;
            }
            return summary.failed() > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
        } catch (java.sql.SQLException e) {
            throw new CatalogueException(catalogue.file(), "cannot be closed cleanly: " + e.getMessage(), e);
        }
    }

    private Duration purgeMissingAfter() {
        return purgeMissingAfterDays == null ? null : Duration.ofMinutes(Math.round(purgeMissingAfterDays * 24 * 60));
    }

    private void validate() {
        if (purgeMissingAfterDays != null && !(purgeMissingAfterDays >= 0)) {
            throw new ParameterException(spec.commandLine(), "--purge-missing-after must be 0 or more days");
        }
        if (workers < 1) {
            throw new ParameterException(spec.commandLine(), "--workers must be at least 1, was " + workers);
        }
        if (fingerprintSeconds < 1) {
            throw new ParameterException(spec.commandLine(), "--fingerprint-length must be at least 1 second");
        }
        if (!(busyTimeoutSeconds >= 0)) {
            throw new ParameterException(spec.commandLine(), "--busy-timeout must be 0 or more seconds");
        }
        for (Path root : roots) {
            if (!Files.exists(root)) {
                throw new ParameterException(spec.commandLine(), root + ": no such file or folder");
            }
        }
    }

    private void print(ImportSummary summary) {
        PrintWriter out = spec.commandLine().getOut();
        if (jsonOption.json) {
            out.println(Json.write(SummaryJson.of(summary)));
        } else {
            SummaryText.print(summary, out);
        }
        out.flush();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(STOP_GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** False when the JVM is already shutting down, that is, when a signal stopped the run. */
    private static boolean removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
            return true;
        } catch (IllegalStateException shuttingDown) {
            return false;
        }
    }
}
