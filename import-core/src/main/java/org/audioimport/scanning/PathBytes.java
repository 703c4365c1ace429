package org.audioimport.scanning;

import java.io.ByteArrayOutputStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * A path's bytes as the file system holds them. On Unix a name is bytes, not text: one copied from an old
 * Samba share may be Latin-1, which is not valid UTF-8. Java's {@link Path} keeps those bytes, but its
 * string form replaces what it cannot decode, so a name turned into a String and back names another file.
 * Code that hands a path to native code (FFmpeg) or to a library that takes a String goes through here.
 */
public final class PathBytes {
    private PathBytes() {}

    /**
     * The absolute path's bytes: Java's URI of a Unix path percent-encodes exactly those bytes (and adds a
     * slash after a folder's, which is not part of its name).
     */
    public static byte[] of(Path path) {
        String raw = path.toAbsolutePath().toUri().getRawPath();
        int end = raw.length() > 1 && raw.endsWith("/") ? raw.length() - 1 : raw.length();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(end);
        for (int i = 0; i < end; i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < end) {
                bytes.write(Integer.parseInt(raw, i + 1, i + 3, 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toByteArray();
    }

    /** True when the path's string form names the same file again (its name decodes in this JVM's charset). */
    public static boolean survivesAsText(Path path) {
        try {
            return Path.of(path.toString()).equals(path);
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
