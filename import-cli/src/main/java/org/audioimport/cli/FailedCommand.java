package org.audioimport.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.audioimport.store.CatalogueException;
import org.audioimport.store.FailedFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code audio-import failed}: the files that failed, with their reasons. */
@Command(name = "failed", mixinStandardHelpOptions = true,
        description = "List the files that failed to import, with the reasons.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Listed (possibly none).", "2:Usage error.", "3:The catalogue cannot be opened or migrated."})
final class FailedCommand implements Callable<Integer> {
    @Mixin
    private CatalogueQuery query;

    @Override
    public Integer call() throws CatalogueException {
        List<FailedFile> failed = query.reader().failedFiles();
        query.answer(() -> CommandJson.failed(failed), out -> {
            failed.forEach(f -> out.printf("%s: %s%n", f.path(), f.reason()));
            if (failed.isEmpty()) {
                out.println("No failed files.");
            }
        });
        return ExitCodes.OK;
    }
}
