package org.audioimport.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.audioimport.fingerprint.Chromaprint;
import org.audioimport.fingerprint.ChromaprintUnavailableException;
import org.audioimport.pipeline.ImportSettings;
import org.audioimport.store.CatalogueException;
import org.audioimport.store.WriteException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What the bench commands that import a folder share: the import options and {@code --json}, and the run
 * itself. The options are checked, the folder found, Chromaprint loaded, the benchmark run in a scratch
 * folder named after the command (deleted afterwards) and its report printed, in that order.
 *
 * @param <R> the benchmark's report
 */
abstract class ImportBenchCommand<R> implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    private JsonOption jsonOption;

    @Mixin
    private ImportOptions options;

    /** The folder to import, checked, with any option of this benchmark alone: a usage error if one is wrong. */
    abstract Path folder();

    /** Runs the benchmark on {@code folder} with the import's settings, in {@code scratch}. */
    abstract R run(Chromaprint chromaprint, ImportSettings settings, Duration busyGiveUp, Path folder, Path scratch)
            throws IOException, CatalogueException, WriteException, InterruptedException;

    /** The report as {@code --json} prints it. */
    abstract Object json(R report);

    /** The report as text. */
    abstract void print(R report, PrintWriter out);

    @Override
    public final Integer call()
            throws ChromaprintUnavailableException, CatalogueException, WriteException, IOException,
                    InterruptedException {
        options.validate(spec.commandLine());
        Path folder = folder();
        Chromaprint chromaprint = Chromaprint.load();
        R report = BenchFolders.inScratch(
                "audio-import-" + spec.name() + "-",
                scratch -> run(chromaprint, options.settings(), options.busyTimeout(), folder, scratch));
        jsonOption.print(() -> json(report), out -> print(report, out));
        return ExitCodes.OK;
    }
}
