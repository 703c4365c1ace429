package org.audioimport.playlist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The M3U8 text of a playlist: header, #EXTINF labels, and absolute or relative paths. */
class M3uPlaylistTest {
    private static final Playlist PLAYLIST = new Playlist(List.of(
            track("/music/Artist/Album/01 - Song.flac", "Artist", "Song", 187.6),
            track("/music/untagged/take 3.ogg", null, null, null),
            track("/elsewhere/Zoë – Öl.mp3", null, "Zeile eins\r\nZeile zwei", 61.2)));

    @Test
    void absolutePathsWithTheirDurationAndArtistTitleLabel() {
        assertEquals("""
                #EXTM3U
                #EXTINF:188,Artist - Song
                /music/Artist/Album/01 - Song.flac
                #EXTINF:-1,take 3
                /music/untagged/take 3.ogg
                #EXTINF:61,Zeile eins Zeile zwei
                /elsewhere/Zoë – Öl.mp3
                """, M3uPlaylist.of(PLAYLIST, null));
    }

    @Test
    void pathsRelativeToAFolderStepUpWhereTheyMust() {
        String text = M3uPlaylist.of(PLAYLIST, Path.of("/music/playlists"));

        assertEquals(
                List.of("../Artist/Album/01 - Song.flac", "../untagged/take 3.ogg", "../../elsewhere/Zoë – Öl.mp3"),
                text.lines().filter(line -> !line.startsWith("#")).toList());
    }

    private static PlaylistTrack track(String path, String artist, String title, Double durationS) {
        return new PlaylistTrack(1, path, artist, title, durationS, false, null, 0, null, null, null, null, null);
    }
}
