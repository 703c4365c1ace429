package org.audioimport.scanning;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/** File names that claim to be audio: such a file is always examined, and reported when it is not audio. */
public final class AudioExtensions {
    private static final Set<String> KNOWN = Set.of(
            "flac", "mp3", "mp2", "ogg", "oga", "opus", "m4a", "m4b", "mp4", "aac", "wav", "aif", "aiff", "aifc", "wv",
            "ape", "wma", "tta", "ac3", "eac3", "dsf", "dff", "mpc", "mka", "caf", "w64");

    private AudioExtensions() {}

    /** Whether the file's extension is one of an audio format, whatever its content. */
    public static boolean claimsAudio(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot >= 0 && KNOWN.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
