package org.audioimport.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.audioimport.fingerprint.Chromaprint;
import org.audioimport.fingerprint.ChromaprintUnavailableException;
import org.audioimport.identify.IdentifyReport;
import org.audioimport.identify.IdentifySettings;
import org.audioimport.pipeline.DryRun;
import org.audioimport.pipeline.DryRunReport;
import org.audioimport.pipeline.ImportSettings;
import org.audioimport.pipeline.ImportSummary;
import org.audioimport.pipeline.ScanHistory;
import org.audioimport.store.Catalogue;
import org.audioimport.store.CatalogueException;
import org.audioimport.store.CatalogueReader;
import org.audioimport.store.WriteException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code audio-import import DIR...}: one import of folders, with progress, then a summary. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Import the audio files under the folders into the catalogue.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Every file imported or unchanged.",
            "1:Some files failed, or a folder was not scanned (unreadable, or empty: a disk not mounted?);"
                    + " the others are in the catalogue.",
            "2:Usage error.",
            "3:The catalogue cannot be opened or migrated.",
            "4:Chromaprint (libchromaprint1) is not installed.",
            "6:The catalogue's disk is full or failing: the run stopped, what it wrote is kept.",
            "130:Interrupted by Ctrl-C."
        })
final class ImportCommand implements Callable<Integer> {
    @Mixin
    private CatalogueContext context;

    @Parameters(paramLabel = "DIR", arity = "1..*", description = "Folders (or files) to import.")
    private List<Path> roots;

    @Mixin
    private ImportOptions options;

    @Option(names = "--no-progress", description = "Do not show the progress bar.")
    private boolean noProgress;

    @Option(
            names = {"--dry-run", "--pretend"},
            description = "Walk and plan, then list what would be imported, updated, moved, marked missing or would "
                    + "fail, without decoding anything or writing to the catalogue.")
    private boolean dryRun;

    @Option(
            names = "--identify",
            description = "Identify the files on AcoustID and MusicBrainz beside the import, "
                    + "then finish the queue (needs an AcoustID key; see docs/identify.md).")
    private boolean identify;

    @Mixin
    private IdentifyOptions identifyOptions;

    private final ConfigSources config;

    ImportCommand(ConfigSources config) {
        this.config = config;
    }

    @Override
    public Integer call()
            throws CatalogueException, WriteException, ChromaprintUnavailableException, IOException,
                    InterruptedException {
        validate();
        if (dryRun) {
            return dryRun();
        }
        IdentifySettings identifySettings = identify ? identifySettings() : null;
        Chromaprint chromaprint = Chromaprint.load();
        Catalogue catalogue = Catalogue.open(context.catalogueFile());
        ImportRunner runner = new ImportRunner(catalogue, chromaprint, settings(), options.busyTimeout());
        ImportIdentification identification = identify ? ImportIdentification.start(catalogue, identifySettings) : null;
        StopOnSignal signal = StopOnSignal.install(
                "stop-import",
                StopOnSignal.FILES_IN_FLIGHT,
                () -> {
                    runner.stop();
                    if (identification != null) {
                        identification.stop();
                    }
                },
                () -> {});
        Optional<ImportSummary> summary = Optional.empty();
        boolean signalled;
        try {
            boolean showProgress = !noProgress && !context.json();
            try (ProgressDisplay progress = ProgressDisplay.create(showProgress)) {
                summary = runner.run(roots, progress);
            }
            boolean stopped = summary.isEmpty() || summary.get().interrupted();
            IdentifyReport identified = identification == null ? null : identification.finish(stopped, showProgress);
            summary.ifPresent(done -> print(done, identified));
        } finally {
            signalled = signal.finish();
        }
        String diskError = summary.map(ImportSummary::catalogueDiskError).orElse(null);
        if (diskError != null) {
            PrintWriter err = context.spec().commandLine().getErr();
            err.println("audio-import: " + diskError + "; the files written so far are kept");
            err.flush();
            return ExitCodes.CATALOGUE_DISK;
        }
        boolean interrupted = signalled || summary.isEmpty() || summary.get().interrupted();
        if (interrupted) {
            return ExitCodes.INTERRUPTED;
        }
        return summary.get().failed() > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }

    /** Plans against the catalogue as it is, if there is one: a dry run never creates, upgrades or writes one. */
    private int dryRun() throws CatalogueException, IOException {
        Path file = context.catalogueFile();
        ScanHistory history = Files.exists(file)
                ? ScanHistory.of(new CatalogueReader(Catalogue.openUnchanged(file)))
                : ScanHistory.none();
        DryRunReport report = DryRun.plan(roots, history, settings(), System.currentTimeMillis());
        context.answer(() -> DryRunOutput.json(report), out -> DryRunOutput.text(report, out));
        return ExitCodes.OK;
    }

    /** A folder below a configured library folder is walked by that library's ignore rules, as the daemon does. */
    private ImportSettings settings() {
        return options.settings().withLibraryFolders(ConfiguredFolders.of(config));
    }

    private void validate() {
        options.validate(context.spec().commandLine());
        for (Path root : roots) {
            if (!Files.exists(root)) {
                throw new ParameterException(context.spec().commandLine(), root + ": no such file or folder");
            }
        }
    }

    private IdentifySettings identifySettings() {
        IdentifySettings settings = identifyOptions.settings();
        if (!settings.enabled()) {
            throw new ParameterException(
                    context.spec().commandLine(),
                    "--identify needs an AcoustID key: " + identifyOptions.whereTheKeyGoes());
        }
        return settings;
    }

    private void print(ImportSummary summary, IdentifyReport identified) {
        context.answer(
                () -> {
                    var json = SummaryJson.of(summary);
                    if (identified != null) {
                        json.set("identification", IdentifyText.json(identified));
                    }
                    return json;
                },
                out -> {
                    SummaryText.print(summary, out);
                    if (identified != null) {
                        IdentifyText.print(identified, out);
                    }
                });
    }
}
