package org.audioimport.playlist;

/**
 * What kind of playlist to build.
 *
 * @param length         the most tracks it holds, seeds included
 * @param maxArtistShare the largest share of {@code length} one artist may fill (rounded down, at least one track)
 * @param randomSeed     null for the one best walk; a number for a walk that varies with it (the same number,
 *                       the same walk)
 */
public record PlaylistOptions(int length, double maxArtistShare, Long randomSeed) {
    public static final int DEFAULT_LENGTH = 30;
    public static final double DEFAULT_MAX_ARTIST_SHARE = 0.5;

    public PlaylistOptions {
        if (length < 1) {
            throw new IllegalArgumentException("a playlist holds at least one track, not " + length);
        }
        if (!(maxArtistShare > 0 && maxArtistShare <= 1)) {
            throw new IllegalArgumentException("the artist share must be above 0 and at most 1, not " + maxArtistShare);
        }
    }

    /** The most tracks of one artist. */
    int tracksPerArtist() {
        return Math.max(1, (int) Math.floor(maxArtistShare * length + 1e-9));
    }
}
