package org.audioimport.pipeline;

import java.util.List;
import org.audioimport.analyze.ReplayGain;
import org.audioimport.store.AlbumTracks;
import org.audioimport.store.CatalogueWriter;
import org.audioimport.store.WriteException;

/**
 * Computes the gain of every album marked as needing it: those a run's writes and missing marks changed,
 * and those a run killed before its end left marked.
 */
final class AlbumGainPass {
    /**
     * Album gains are read and written this many albums at a time: a first import marks every album, and
     * their gating blocks (about 10 KB per track) need not all be in memory at once.
     */
    private static final int ALBUMS_PER_TRANSACTION = 100;

    private AlbumGainPass() {}

    static void run(CatalogueWriter writer) throws WriteException {
        long after = 0;
        List<AlbumTracks> albums;
        do {
            albums = writer.pendingAlbums(after, ALBUMS_PER_TRANSACTION);
            writer.writeAlbumGains(albums.stream()
                    .map(album -> album.withGain(ReplayGain.albumGainDb(album.blocks())))
                    .toList());
            after = albums.isEmpty() ? after : albums.getLast().albumId();
        } while (albums.size() == ALBUMS_PER_TRANSACTION);
    }
}
