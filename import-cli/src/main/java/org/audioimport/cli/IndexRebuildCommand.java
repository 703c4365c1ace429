package org.audioimport.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.audioimport.similar.SimilarityIndex;
import org.audioimport.store.CatalogueException;
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
    private record Rebuilt(SimilarityIndex index, double seconds) {}

    @Mixin
    private CatalogueContext context;

    @Override
    public Integer call() throws CatalogueException, IndexUnusableException {
        Rebuilt rebuilt = context.onIndex((reader, indexFile) -> {
            long started = System.nanoTime();
            SimilarityIndex index = SimilarityIndex.rebuild(reader, indexFile);
            return new Rebuilt(index, (System.nanoTime() - started) / 1e9);
        });
        Path indexFile = context.indexFile();
        context.answer(
                () -> Json.object()
                        .put("index", indexFile.toString())
                        .put("vectors", rebuilt.index().size())
                        .put("caught_up_to", rebuilt.index().caughtUpTo())
                        .put("seconds", Json.round(rebuilt.seconds())),
                out -> out.printf(
                        "Rebuilt %s: %d vectors in %.2f s%n",
                        indexFile, rebuilt.index().size(), rebuilt.seconds()));
        return ExitCodes.OK;
    }
}
