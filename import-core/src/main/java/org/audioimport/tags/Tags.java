package org.audioimport.tags;

/**
 * The tags of one file, normalised: blank values are null, numbers are parsed ("3/12" gives track 3 of
 * 12). MusicBrainz ids are kept as tagged.
 */
public record Tags(
        String title,
        String artist,
        String album,
        String albumArtist,
        Integer track,
        Integer trackTotal,
        Integer disc,
        Integer discTotal,
        String date,
        String genre,
        MusicBrainzIds musicBrainz) {

    public static final Tags NONE =
            new Tags(null, null, null, null, null, null, null, null, null, null, MusicBrainzIds.NONE);

    /** These tags, with each missing value taken from {@code fallback}. */
    public Tags orElse(Tags fallback) {
        return new Tags(
                TagValues.first(title, fallback.title),
                TagValues.first(artist, fallback.artist),
                TagValues.first(album, fallback.album),
                TagValues.first(albumArtist, fallback.albumArtist),
                TagValues.first(track, fallback.track),
                TagValues.first(trackTotal, fallback.trackTotal),
                TagValues.first(disc, fallback.disc),
                TagValues.first(discTotal, fallback.discTotal),
                TagValues.first(date, fallback.date),
                TagValues.first(genre, fallback.genre),
                musicBrainz.orElse(fallback.musicBrainz));
    }

    /** The artist an album is filed under: the album artist, else the track artist, else unknown (""). */
    public String albumArtistOrArtist() {
        if (albumArtist != null) {
            return albumArtist;
        }
        return artist != null ? artist : "";
    }
}
