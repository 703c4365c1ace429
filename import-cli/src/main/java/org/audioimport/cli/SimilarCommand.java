package org.audioimport.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.audioimport.index.BatchProgress;
import org.audioimport.similar.SimilarTrack;
import org.audioimport.similar.SimilarityException;
import org.audioimport.similar.SimilarityIndex;
import org.audioimport.store.CatalogueException;
import org.audioimport.store.CatalogueReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code audio-import similar PATH}: the catalogued tracks that sound most like a file. */
@Command(
        name = "similar",
        mixinStandardHelpOptions = true,
        description = "List the catalogued tracks that sound most like a file, nearest first. Copies of the same "
                + "recording are listed too, marked as duplicates.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Listed.",
            "1:The file is not in the catalogue, failed to import, or has no flavor vector.",
            "2:Usage error.",
            "3:The catalogue or its similarity index cannot be read or written."
        })
final class SimilarCommand implements Callable<Integer> {
    @Mixin
    private CatalogueContext context;

    @Mixin
    private FileArgument file;

    @Option(
            names = "-k",
            paramLabel = "N",
            defaultValue = "10",
            description = "How many tracks to list (default: ${DEFAULT-VALUE}).")
    private int k;

    @Override
    public Integer call() throws CatalogueException, IndexUnusableException {
        if (k < 1) {
            throw new ParameterException(context.spec().commandLine(), "-k must be at least 1");
        }
        CatalogueReader reader = context.reader();
        String key = file.key(reader);
        Path indexFile = SimilarityIndex.fileFor(context.catalogueFile());
        List<SimilarTrack> similar;
        try {
            SimilarityIndex index = SimilarityIndex.open(reader, indexFile);
            index.catchUp(BatchProgress.none());
            similar = index.similar(key, k);
        } catch (SimilarityException e) {
            context.complain(e.getMessage());
            return ExitCodes.SOME_FAILED;
        } catch (IOException e) {
            throw new IndexUnusableException("the similarity index " + indexFile + ": " + e.getMessage(), e);
        }
        context.answer(() -> CommandJson.similar(similar), out -> {
            if (similar.isEmpty()) {
                out.println("No other track in the catalogue has a flavor vector yet.");
                return;
            }
            out.printf("%-9s %s%n", "distance", "path");
            for (SimilarTrack track : similar) {
                out.printf("%-9.6f %s%s%n", distance(track), track.path(), track.duplicate() ? "  (duplicate)" : "");
            }
        });
        return ExitCodes.OK;
    }

    /** Six decimals: copies of one recording differ from it in the fifth. */
    static double distance(SimilarTrack track) {
        return Math.round(track.distance() * 1e6) / 1e6;
    }
}
