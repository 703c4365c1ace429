package org.audioimport.playlist;

import java.nio.file.Path;

/**
 * A playlist as extended M3U in UTF-8 (M3U8), as mpv, VLC, MPD and Navidrome read it: the {@code #EXTM3U}
 * header, then per track an {@code #EXTINF:<whole seconds>,<artist> - <title>} line and its path.
 */
public final class M3uPlaylist {
    private M3uPlaylist() {}

    /**
     * The playlist's text, lines ending in {@code \n}. Paths are absolute, or relative to {@code relativeTo}
     * when it is not null (as a player resolves them against the folder of the playlist file).
     */
    public static String of(Playlist playlist, Path relativeTo) {
        StringBuilder text = new StringBuilder("#EXTM3U\n");
        Path base = relativeTo == null ? null : relativeTo.toAbsolutePath().normalize();
        for (PlaylistTrack track : playlist.tracks()) {
            long seconds = track.durationS() == null ? -1 : Math.round(track.durationS());
            text.append("#EXTINF:")
                    .append(seconds)
                    .append(',')
                    .append(oneLine(label(track)))
                    .append('\n');
            text.append(
                            base == null
                                    ? track.path()
                                    : base.relativize(Path.of(track.path())).toString())
                    .append('\n');
        }
        return text.toString();
    }

    /** "Artist - Title", or what of it the tags have; the file name without its extension when they have no title. */
    private static String label(PlaylistTrack track) {
        String title = track.title();
        if (title == null) {
            String name = Path.of(track.path()).getFileName().toString();
            int dot = name.lastIndexOf('.');
            title = dot > 0 ? name.substring(0, dot) : name;
        }
        return track.artist() == null ? title : track.artist() + " - " + title;
    }

    /** A tag with a line break would end the #EXTINF line early and be read as a path. */
    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n]+", " ");
    }
}
