package org.audioimport.playlist;

import java.util.List;
import java.util.SplittableRandom;
import org.audioimport.similar.SimilarityException;
import org.audioimport.store.CatalogueException;

/**
 * How well playlists hold together, measured on a catalogue: a playlist is started from every track that
 * has an album (the best copy of each recording), and the same rules walked at random from the same seed
 * show what chance alone gives.
 *
 * @param playlists            playlists built, one per seed
 * @param length               tracks asked of each, the seed included
 * @param seedAlbumShare       of the tracks after the seeds, the share from the seed's album
 * @param randomSeedAlbumShare the same share in the random walks
 * @param meanStep             mean cosine distance between consecutive tracks
 * @param randomMeanStep       the same in the random walks
 */
public record PlaylistQuality(
        int playlists,
        int length,
        double seedAlbumShare,
        double randomSeedAlbumShare,
        double meanStep,
        double randomMeanStep) {

    /** Builds the playlists with the default rules; the random walks are seeded by the seed's place, so repeatable. */
    public static PlaylistQuality measure(PlaylistBuilder builder, int length)
            throws CatalogueException, SimilarityException {
        TrackPool pool = builder.pool();
        PlaylistOptions options = new PlaylistOptions(length, PlaylistOptions.DEFAULT_MAX_ARTIST_SHARE, null);
        Tally walked = new Tally();
        Tally random = new Tally();
        int playlists = 0;
        for (Candidate seed : pool.bestCopies()) {
            if (seed.albumId() == null) {
                continue;
            }
            walked.add(builder.walk(pool, List.of(seed), options), seed);
            random.add(PlaylistBuilder.randomWalk(pool, seed, options, new SplittableRandom(playlists)), seed);
            playlists++;
        }
        return new PlaylistQuality(
                playlists, length, walked.albumShare(), random.albumShare(), walked.meanStep(), random.meanStep());
    }

    private static final class Tally {
        private int followers;
        private int sameAlbum;
        private double distance;

        /** Counts each track after the seed: whether it shares the seed's album, and its step from the one before. */
        void add(Walk walk, Candidate seed) {
            List<Candidate> tracks = walk.tracks();
            for (int i = 1; i < tracks.size(); i++) {
                followers++;
                sameAlbum += seed.albumId().equals(tracks.get(i).albumId()) ? 1 : 0;
                distance += tracks.get(i - 1).distanceTo(tracks.get(i));
            }
        }

        double albumShare() {
            return followers == 0 ? 0 : (double) sameAlbum / followers;
        }

        double meanStep() {
            return followers == 0 ? 0 : distance / followers;
        }
    }
}
