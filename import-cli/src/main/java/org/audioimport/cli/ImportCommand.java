package org.audioimport.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.audioimport.fingerprint.Chromaprint;
import org.audioimport.fingerprint.ChromaprintUnavailableException;
import org.audioimport.identify.IdentifyReport;
import org.audioimport.identify.IdentifySettings;
import org.audioimport.pipeline.ImportPipeline;
import org.audioimport.pipeline.ImportSummary;
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

    @Mixin
    private ImportOptions options;

    @Mixin
    private LoggingOptions logging;

    @Option(names = "--no-progress", description = "Do not show the progress bar.")
    private boolean noProgress;

    @Option(names = "--identify", description = "Identify the files on AcoustID and MusicBrainz beside the import, "
            + "then finish the queue (needs an AcoustID key; see docs/identify.md).")
    private boolean identify;

    @Mixin
    private IdentifyOptions identifyOptions;

    @Override
    public Integer call() throws CatalogueException, WriteException, ChromaprintUnavailableException, java.io.IOException,
            InterruptedException {
        logging.apply("warn");
        validate();
        IdentifySettings identifySettings = identify ? identifySettings() : null;
        Chromaprint chromaprint = Chromaprint.load();
        Catalogue catalogue = Catalogue.open(catalogueOption.catalogueFile());
        try (CatalogueWriter writer = CatalogueWriter.open(catalogue, options.busyTimeout())) {
            ImportPipeline pipeline = new ImportPipeline(new CatalogueReader(catalogue), writer, chromaprint,
                    options.settings(), Clock.systemUTC());
            ImportIdentification identification = identify ? ImportIdentification.start(catalogue, identifySettings) : null;
            CountDownLatch reported = new CountDownLatch(1);
            Thread stopOnSignal = new Thread(() -> {
                pipeline.stop();
                if (identification != null) {
                    identification.stop();
                }
                awaitQuietly(reported);
            }, "stop-import");
            Runtime.getRuntime().addShutdownHook(stopOnSignal);
            ImportSummary summary;
            try (ProgressDisplay progress = ProgressDisplay.create(!noProgress && !jsonOption.json)) {
                summary = pipeline.run(roots, progress);
            }
            IdentifyReport identified = identification == null ? null
                    : identification.finish(summary.interrupted(), !noProgress && !jsonOption.json);
            print(summary, identified);
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

    private void validate() {
        options.validate(spec.commandLine());
        for (Path root : roots) {
            if (!Files.exists(root)) {
                throw new ParameterException(spec.commandLine(), root + ": no such file or folder");
            }
        }
    }

    private IdentifySettings identifySettings() {
        IdentifySettings settings = identifyOptions.settings();
        if (!settings.enabled()) {
            throw new ParameterException(spec.commandLine(),
                    "--identify needs an AcoustID key: " + identifyOptions.whereTheKeyGoes());
        }
        return settings;
    }

    private void print(ImportSummary summary, IdentifyReport identified) {
        PrintWriter out = spec.commandLine().getOut();
        if (jsonOption.json) {
            var json = SummaryJson.of(summary);
            if (identified != null) {
                json.set("identification", IdentifyText.json(identified));
            }
            out.println(Json.write(json));
        } else {
            SummaryText.print(summary, out);
            if (identified != null) {
                IdentifyText.print(identified, out);
            }
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
