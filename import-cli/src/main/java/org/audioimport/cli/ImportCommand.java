package org.audioimport.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.audioimport.fingerprint.Chromaprint;
import org.audioimport.fingerprint.ChromaprintUnavailableException;
import org.audioimport.pipeline.DryRun;
import org.audioimport.pipeline.DryRunReport;
import org.audioimport.pipeline.ImportSummary;
import org.audioimport.store.Catalogue;
import org.audioimport.store.CatalogueException;
import org.audioimport.store.CatalogueReader;
import org.audioimport.store.KnownFile;
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

    @Option(names = "--no-progress", description = "Do not show the progress bar.")
    private boolean noProgress;

    @Option(names = {"--dry-run", "--pretend"},
            description = "Walk and plan, then list what would be imported, updated, moved, marked missing or would "
                    + "fail, without decoding anything or writing to the catalogue.")
    private boolean dryRun;

    @Override
    public Integer call() throws CatalogueException, WriteException, ChromaprintUnavailableException, IOException,
            InterruptedException {
        validate();
        if (dryRun) {
            return dryRun();
        }
        Chromaprint chromaprint = Chromaprint.load();
        ImportRunner runner = new ImportRunner(Catalogue.open(catalogueOption.catalogueFile()), chromaprint, options);
        StopOnSignal signal = StopOnSignal.install("stop-import", runner::stop, () -> { });
        Optional<ImportSummary> summary = Optional.empty();
        boolean signalled;
        try {
            try (ProgressDisplay progress = ProgressDisplay.create(!noProgress && !jsonOption.json())) {
                summary = runner.run(roots, progress);
            }
            summary.ifPresent(this::print);
        } finally {
            signalled = signal.finish();
        }
        boolean interrupted = signalled || summary.isEmpty() || summary.get().interrupted();
        if (interrupted) {
            return ExitCodes.INTERRUPTED;
        }
        return summary.get().failed() > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }

    /** Plans against the catalogue as it is, if there is one: a dry run never creates one. */
    private int dryRun() throws CatalogueException, IOException {
        Path file = catalogueOption.catalogueFile();
        Map<String, KnownFile> known = Files.exists(file)
                ? new CatalogueReader(Catalogue.openExisting(file)).knownFiles()
                : Map.of();
        DryRunReport report = DryRun.plan(roots, known, options.settings(), System.currentTimeMillis());
        PrintWriter out = spec.commandLine().getOut();
        if (jsonOption.json()) {
            out.println(Json.write(DryRunOutput.json(report)));
        } else {
            DryRunOutput.text(report, out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private void validate() {
        options.validate(spec.commandLine());
        for (Path root : roots) {
            if (!Files.exists(root)) {
                throw new ParameterException(spec.commandLine(), root + ": no such file or folder");
            }
        }
    }

    private void print(ImportSummary summary) {
        PrintWriter out = spec.commandLine().getOut();
        if (jsonOption.json()) {
            out.println(Json.write(SummaryJson.of(summary)));
        } else {
            SummaryText.print(summary, out);
        }
        out.flush();
    }
}
