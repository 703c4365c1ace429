package org.audioimport.tags;

import java.util.Locale;
import java.util.Map;

/**
 * Tags from the decoder's metadata dictionary, whose keys are Vorbis-comment names lower-cased
 * (FFmpeg renames a few: ALBUMARTIST to album_artist, TRACKNUMBER to track, DISCNUMBER to disc).
 * This is the route for formats jaudiotagger cannot read.
 */
public final class MetadataTags {
    private MetadataTags() {}

    public static Tags from(Map<String, String> metadata) {
        Lookup tag = new Lookup(metadata);
        String track = tag.get("track", "tracknumber");
        String disc = tag.get("disc", "discnumber");
        return new Tags(
                tag.get("title"),
                tag.get("artist"),
                tag.get("album"),
                tag.get("album_artist", "albumartist", "album artist"),
                TagValues.position(track),
                TagValues.first(TagValues.total(track), TagValues.number(tag.get("tracktotal", "totaltracks"))),
                TagValues.position(disc),
                TagValues.first(TagValues.total(disc), TagValues.number(tag.get("disctotal", "totaldiscs"))),
                tag.get("date", "year"),
                tag.get("genre"),
                new MusicBrainzIds(
                        tag.get("musicbrainz_trackid"),
                        tag.get("musicbrainz_releasetrackid"),
                        tag.get("musicbrainz_artistid"),
                        tag.get("musicbrainz_albumartistid"),
                        tag.get("musicbrainz_albumid"),
                        tag.get("musicbrainz_releasegroupid")));
    }

    private record Lookup(Map<String, String> metadata) {
        String get(String... keys) {
            for (String key : keys) {
                String value = TagValues.text(metadata.get(key.toLowerCase(Locale.ROOT)));
                if (value != null) {
                    return value;
                }
            }
            return null;
        }
    }
}
