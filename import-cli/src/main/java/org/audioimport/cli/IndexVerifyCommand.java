package org.audioimport.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.audioimport.similar.IndexHealth;
import org.audioimport.similar.SimilarityIndex;
import org.audioimport.store.CatalogueException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code audio-import index verify}: checks the saved index against the catalogue, changing neither. */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = "Check the similarity index file: its checksum, its graph, and that it holds the catalogue's "
                + "vectors. Changes nothing.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:The index is sound.",
            "1:The index is missing or has problems (listed); " + "`index rebuild` or the next import mends it.",
            "2:Usage error.",
            "3:The catalogue or the index file cannot be read."
        })
final class IndexVerifyCommand implements Callable<Integer> {
    @Mixin
    private CatalogueContext context;

    @Override
    public Integer call() throws CatalogueException, IndexUnusableException {
        IndexHealth health = context.onIndex(SimilarityIndex::verify);
        Path indexFile = context.indexFile();
        context.answer(
                () -> {
                    ObjectNode json = Json.object()
                            .put("index", indexFile.toString())
                            .put("sound", health.isSound())
                            .put("indexed", health.indexed())
                            .put("live", health.live())
                            .put("stale", health.stale())
                            .put("pending", health.pending())
                            .put("caught_up_to", health.caughtUpTo());
                    health.problems().forEach(json.putArray("problems")::add);
                    return json;
                },
                out -> {
                    out.printf("%s: %s%n", indexFile, health.isSound() ? "sound" : "NOT sound");
                    out.printf(
                            "%d vectors indexed: %d of present files, %d stale; %d in the catalogue not indexed yet%n",
                            health.indexed(), health.live(), health.stale(), health.pending());
                    health.problems().forEach(problem -> out.println("  problem: " + problem));
                });
        return health.isSound() ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }
}
