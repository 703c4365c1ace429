package org.audioimport.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.audioimport.store.CatalogueException;
import org.audioimport.store.FailedFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code audio-import failed}: the files that failed, with their reasons. */
@Command(
        name = "failed",
        mixinStandardHelpOptions = true,
        description = "List the files that failed to import, with the reasons; with --warnings, the imported files "
                + "that have decode warnings (truncated, damaged audio skipped), with the warnings.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Listed (possibly none).", "2:Usage error.", "3:The catalogue cannot be opened or migrated."})
final class FailedCommand implements Callable<Integer> {
    @Mixin
    private CatalogueContext context;

    @Option(names = "--warnings", description = "List the imported files' decode warnings instead.")
    private boolean warnings;

    @Override
    public Integer call() throws CatalogueException {
        List<FailedFile> failed =
                warnings ? context.reader().warnings() : context.reader().failedFiles();
        context.answer(() -> CommandJson.failed(failed), out -> {
            failed.forEach(f -> out.printf("%s: %s%n", f.path(), f.reason()));
            if (failed.isEmpty()) {
                out.println(warnings ? "No warnings." : "No failed files.");
            }
        });
        return ExitCodes.OK;
    }
}
