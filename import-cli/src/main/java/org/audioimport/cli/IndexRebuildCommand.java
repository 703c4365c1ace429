package org.audioimport.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.audioimport.similar.SimilarityIndex;
import org.audioimport.store.Catalogue;
import org.audioimport.store.CatalogueException;
import org.audioimport.store.CatalogueReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code audio-import index rebuild}: builds the similarity index anew from the catalogue. */
@Command(name = "rebuild", mixinStandardHelpOptions = true,
        description = "Build the similarity index anew from the catalogue's flavor vectors and save it.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Rebuilt.", "2:Usage error.", "3:The catalogue cannot be read or the index cannot be written."})
final class IndexRebuildCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private CatalogueOption catalogueOption;

    @Mixin
    private JsonOption jsonOption;

    @Override
    public Integer call() throws CatalogueException {
        Path catalogueFile = catalogueOption.catalogueFile();
        CatalogueReader reader = new CatalogueReader(Catalogue.openExisting(catalogueFile));
        Path indexFile = SimilarityIndex.fileFor(catalogueFile);
        long started = System.nanoTime();
        SimilarityIndex rebuilt;
        try {
            rebuilt = SimilarityIndex.rebuild(reader, indexFile);
        } catch (IOException e) {
            spec.commandLine().getErr().println("audio-import: " + indexFile + ": " + e.getMessage());
            return ExitCodes.CATALOGUE_UNUSABLE;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        PrintWriter out = spec.commandLine().getOut();
        if (jsonOption.json) {
            out.println(Json.write(Json.object().put("index", indexFile.toString()).put("vectors", rebuilt.size())
                    .put("caught_up_to", rebuilt.caughtUpTo()).put("seconds", Json.round(seconds))));
        } else {
            out.printf("Rebuilt %s: %d vectors in %.2f s%n", indexFile, rebuilt.size(), seconds);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
