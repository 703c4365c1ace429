package org.audioimport.http;

import java.io.IOException;
import java.util.List;
import org.audioimport.index.BatchProgress;
import org.audioimport.similar.SimilarTrack;
import org.audioimport.similar.SimilarityException;
import org.audioimport.similar.SimilarityIndex;
import org.audioimport.store.CatalogueException;
import org.audioimport.store.CatalogueReader;

/**
 * The similarity index as the API uses it: opened once, caught up from the catalogue before each answer
 * (cheap: only rows committed since), and used by one request at a time, since the index is not thread-safe.
 */
final class SimilarQueries {
    private final CatalogueReader reader;
    private SimilarityIndex index;

    SimilarQueries(CatalogueReader reader) {
        this.reader = reader;
    }

    synchronized List<SimilarTrack> similar(String path, int k) throws CatalogueException, IOException, SimilarityException {
        return caughtUp().similar(path, k);
    }

    /** Vectors in the index, stale ones included. */
    synchronized int size() throws CatalogueException, IOException {
        return caughtUp().size();
    }

    private SimilarityIndex caughtUp() throws CatalogueException, IOException {
        if (index == null) {
            index = SimilarityIndex.open(reader, SimilarityIndex.fileFor(reader.catalogueFile()));
        }
        index.catchUp(BatchProgress.none());
        return index;
    }
}
