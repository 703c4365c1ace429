package org.audioimport.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import org.audioimport.similar.CatchUp;
import org.audioimport.similar.SimilarityIndex;
import org.audioimport.store.CatalogueException;
import org.audioimport.store.CatalogueReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The similarity index's part of a scan, once the files are written. */
final class IndexCatchUp {
    private static final Logger LOG = LoggerFactory.getLogger(IndexCatchUp.class);

    private IndexCatchUp() {}

    /**
     * Adds the vectors the similarity index beside the catalogue lacks, by one batch insert: those of the
     * files just committed, and any an earlier run left out (it was stopped, killed, or failed here).
     * Skipped when the index lacks nothing, and when the run was asked to stop (a stop should be prompt).
     * A failure here costs the index, never the import: the next run or query catches up from the catalogue.
     */
    static IndexUpdate run(CatalogueReader reader, BooleanSupplier stopRequested) {
        Path indexFile = SimilarityIndex.fileFor(reader.catalogueFile());
        if (stopRequested.getAsBoolean()) {
            return IndexUpdate.NONE;
        }
        long started = System.nanoTime();
        try {
            if (!SimilarityIndex.isBehind(reader, indexFile)) {
                return IndexUpdate.NONE;
            }
            CatchUp caughtUp =
                    SimilarityIndex.open(reader, indexFile).catchUp((done, total) -> !stopRequested.getAsBoolean());
            return new IndexUpdate(caughtUp.inserted(), (System.nanoTime() - started) / 1e9);
        } catch (IOException | CatalogueException e) {
            LOG.warn(
                    "{}: the similarity index was not brought up to date, {}; the next run or query catches it up",
                    indexFile,
                    e.getMessage());
            return new IndexUpdate(0, (System.nanoTime() - started) / 1e9);
        }
    }
}
