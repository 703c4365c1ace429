package org.audioimport.tags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MetadataTagsTest {
    @Test
    void splitsTrackAndDiscNumbersWrittenAsNumberSlashTotal() {
        Tags tags = MetadataTags.from(Map.of("track", "3/12", "disc", "1/2", "title", "Song"));

        assertEquals(3, tags.track());
        assertEquals(12, tags.trackTotal());
        assertEquals(1, tags.disc());
        assertEquals(2, tags.discTotal());
    }

    @Test
    void takesTotalsFromTheirOwnFieldsWhenTheNumberHasNone() {
        Tags tags = MetadataTags.from(Map.of("track", "4", "tracktotal", "9", "album_artist", "Band"));

        assertEquals(4, tags.track());
        assertEquals(9, tags.trackTotal());
        assertEquals("Band", tags.albumArtist());
    }

    @Test
    void blankAndNonNumericValuesBecomeAbsent() {
        Tags tags = MetadataTags.from(Map.of("title", "   ", "track", "side A", "date", ""));

        assertNull(tags.title());
        assertNull(tags.track());
        assertNull(tags.date());
    }

    @Test
    void dropsTheNulPaddingOfRiffInfoStrings() {
        assertEquals(
                "Falling Leaves",
                MetadataTags.from(Map.of("title", "Falling Leaves\u0000")).title());
    }

    @Test
    void readsMusicBrainzIdsByTheirVorbisCommentNames() {
        Tags tags = MetadataTags.from(Map.of(
                "musicbrainz_trackid",
                "rec",
                "musicbrainz_albumid",
                "rel",
                "musicbrainz_releasegroupid",
                "group",
                "musicbrainz_artistid",
                "art"));

        assertEquals(new MusicBrainzIds("rec", null, "art", null, "rel", "group"), tags.musicBrainz());
    }

    @Test
    void albumIsFiledUnderTheTrackArtistWhenThereIsNoAlbumArtist() {
        assertEquals("Solo", MetadataTags.from(Map.of("artist", "Solo")).albumArtistOrArtist());
        assertEquals("", Tags.NONE.albumArtistOrArtist());
    }
}
