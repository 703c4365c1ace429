package org.audioimport.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.audioimport.similar.SimilarityIndex;
import org.audioimport.store.CatalogueException;
import org.audioimport.store.CatalogueReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code audio-import index rebuild}: builds the similarity index anew from the catalogue. */
@Command(
        name = "rebuild",
        mixinStandardHelpOptions = true,
        description = "Build the similarity index anew from the catalogue's flavor vectors and save it.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Rebuilt.", "2:Usage error.", "3:The catalogue cannot be read or the index cannot be written."
        })
final class IndexRebuildCommand implements Callable<Integer> {
    @Mixin
    private CatalogueQuery query;

    @Override
    public Integer call() throws CatalogueException, IndexUnusableException {
        CatalogueReader reader = query.reader();
        Path indexFile = SimilarityIndex.fileFor(query.catalogueFile());
        long started = System.nanoTime();
        SimilarityIndex rebuilt;
        try {
            rebuilt = SimilarityIndex.rebuild(reader, indexFile);
        } catch (IOException e) {
            throw new IndexUnusableException(indexFile + ": " + e.getMessage(), e);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        query.answer(
                () -> Json.object()
                        .put("index", indexFile.toString())
                        .put("vectors", rebuilt.size())
                        .put("caught_up_to", rebuilt.caughtUpTo())
                        .put("seconds", Json.round(seconds)),
                out -> out.printf("Rebuilt %s: %d vectors in %.2f s%n", indexFile, rebuilt.size(), seconds));
        return ExitCodes.OK;
    }
}
