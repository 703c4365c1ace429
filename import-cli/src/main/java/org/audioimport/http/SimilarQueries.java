package org.audioimport.http;

import java.io.IOException;
import java.util.List;
import org.audioimport.index.BatchProgress;
import org.audioimport.playlist.Playlist;
import org.audioimport.playlist.PlaylistBuilder;
import org.audioimport.playlist.PlaylistException;
import org.audioimport.playlist.PlaylistOptions;
import org.audioimport.similar.SimilarTrack;
import org.audioimport.similar.SimilarityException;
import org.audioimport.similar.SimilarityIndex;
import org.audioimport.store.CatalogueException;
import org.audioimport.store.CatalogueReader;
import org.audioimport.store.PlaylistReader;

/**
 * The similarity index as the API uses it: opened once, caught up from the catalogue before each answer
 * (cheap: only rows committed since), and used by one request at a time, since the index is not thread-safe.
 */
final class SimilarQueries {
    private final CatalogueReader reader;
    private final PlaylistReader playlists;
    private SimilarityIndex index;

    SimilarQueries(CatalogueReader reader, PlaylistReader playlists) {
        this.reader = reader;
        this.playlists = playlists;
    }

    synchronized List<SimilarTrack> similar(String path, int k)
            throws CatalogueException, IOException, SimilarityException {
        return caughtUp().similar(path, k);
    }

    /** A playlist from one file, as {@code playlist --json} walks it. */
    synchronized Playlist playlist(long fileId, int length)
            throws CatalogueException, IOException, PlaylistException, SimilarityException {
        return new PlaylistBuilder(reader, playlists, caughtUp())
                .build(fileId, new PlaylistOptions(length, PlaylistOptions.DEFAULT_MAX_ARTIST_SHARE, null));
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
