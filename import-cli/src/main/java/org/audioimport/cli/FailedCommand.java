package org.audioimport.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.audioimport.store.Catalogue;
import org.audioimport.store.CatalogueException;
import org.audioimport.store.CatalogueReader;
import org.audioimport.store.FailedFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code audio-import failed}: the files that failed, with their reasons. */
@Command(name = "failed", mixinStandardHelpOptions = true,
        description = "List the files that failed to import, with the reasons.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Listed (possibly none).", "2:Usage error.", "3:The catalogue cannot be opened or migrated."})
final class FailedCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private CatalogueOption catalogueOption;

    @Mixin
    private JsonOption jsonOption;

    @Override
    public Integer call() throws CatalogueException {
        List<FailedFile> failed = new CatalogueReader(Catalogue.openExisting(catalogueOption.catalogueFile())).failedFiles();
        PrintWriter out = spec.commandLine().getOut();
        if (jsonOption.json) {
            ArrayNode json = Json.array();
            failed.forEach(f -> json.addObject().put("path", f.path()).put("reason", f.reason()));
            out.println(Json.write(json));
        } else {
            failed.forEach(f -> out.printf("%s: %s%n", f.path(), f.reason()));
            if (failed.isEmpty()) {
                out.println("No failed files.");
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
