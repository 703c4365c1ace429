package org.audioimport.scanning;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Path;
import java.util.HexFormat;

/**
 * A path as text that loses nothing: the file's identity in the catalogue, and the form every output
 * shows. On Unix a name is bytes. Where they are valid UTF-8 the text is that UTF-8, so nearly every path
 * reads as it is; each byte that is not part of valid UTF-8 (a Latin-1 é left by an old Samba copy) is
 * written {@code \xE9}, and a backslash is written {@code \\}. So a backslash in the text always starts one
 * of those two escapes, two names that differ only in such bytes are two texts, and {@link #toPath} gives
 * the bytes back. Java's own string form of a path turns every such byte into U+FFFD.
 */
public final class PathText {
    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private static final char REPLACEMENT_CHARACTER = '\uFFFD';

    /** When the JVM decodes names as UTF-8 (the launcher makes sure), a path's string form is its text. */
    private static final boolean UTF8_NAMES = "UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding"));

    private PathText() {}

    /** The text of the absolute path. */
    public static String of(Path path) {
        Path absolute = path.toAbsolutePath();
        if (UTF8_NAMES) {
            String text = absolute.toString();
            // Decoding puts U+FFFD for each byte that is not valid UTF-8, so a string without one is its bytes'
            // own text; with one (a name may hold it as such) the round trip decides. A scan asks this of every
            // file, and the round trip parses the path again.
            if (text.indexOf(REPLACEMENT_CHARACTER) < 0 || PathBytes.survivesAsText(absolute)) {
                return text.indexOf('\\') < 0 ? text : text.replace("\\", "\\\\");
            }
        }
        return of(PathBytes.of(absolute));
    }

    /** The text of a name's bytes. */
    public static String of(byte[] bytes) {
        CharsetDecoder decoder = UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer decoded = CharBuffer.allocate(bytes.length);
        StringBuilder text = new StringBuilder(bytes.length + 8);
        CoderResult result;
        do {
            result = decoder.decode(in, decoded, true);
            decoded.flip();
            for (int i = 0; i < decoded.length(); i++) {
                char c = decoded.charAt(i);
                if (c == '\\') {
                    text.append('\\');
                }
                text.append(c);
            }
            decoded.clear();
            if (result.isError()) {
                for (int i = 0; i < result.length(); i++) {
                    text.append("\\x").append(HEX.toHexDigits(in.get()));
                }
            }
        } while (!result.isUnderflow());
        return text.toString();
    }

    /** True when the text holds no escape: it is the name's own UTF-8 text. */
    public static boolean isPlain(String text) {
        return text.indexOf('\\') < 0;
    }

    /**
     * The bytes a text stands for.
     *
     * @throws IllegalArgumentException when a backslash starts neither {@code \\} nor {@code \xHH}
     */
    public static byte[] bytes(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length() + 8);
        int plainFrom = 0;
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) != '\\') {
                i++;
                continue;
            }
            bytes.writeBytes(text.substring(plainFrom, i).getBytes(UTF_8));
            if (text.startsWith("\\\\", i)) {
                bytes.write('\\');
                i += 2;
            } else if (text.startsWith("\\x", i) && i + 4 <= text.length() && isHex(text, i + 2, i + 4)) {
                bytes.write(HexFormat.fromHexDigits(text, i + 2, i + 4));
                i += 4;
            } else {
                throw new IllegalArgumentException(
                        text + ": a backslash must start \\\\ (a backslash) or \\xHH (the byte HH in hex)");
            }
            plainFrom = i;
        }
        bytes.writeBytes(text.substring(plainFrom).getBytes(UTF_8));
        return bytes.toByteArray();
    }

    /**
     * The path an absolute path's text stands for.
     *
     * @throws IllegalArgumentException when the text is not absolute, holds a NUL or a malformed escape
     */
    public static Path toPath(String text) {
        if (!text.startsWith("/")) {
            throw new IllegalArgumentException(text + ": not an absolute path");
        }
        if (UTF8_NAMES && isPlain(text)) {
            return Path.of(text);
        }
        return toPath(bytes(text));
    }

    /**
     * The path of an absolute path's bytes: through a file URI, whose percent escapes Java's Unix file
     * system turns back into exactly those bytes.
     *
     * @throws IllegalArgumentException when the bytes are not absolute or hold a NUL
     */
    public static Path toPath(byte[] bytes) {
        if (bytes.length == 0 || bytes[0] != '/') {
            throw new IllegalArgumentException(of(bytes) + ": not an absolute path");
        }
        StringBuilder uri = new StringBuilder("file://");
        for (byte b : bytes) {
            if (isUnreserved(b)) {
                uri.append((char) b);
            } else {
                uri.append('%').append(HEX.toHexDigits(b));
            }
        }
        return Path.of(URI.create(uri.toString()));
    }

    private static boolean isUnreserved(byte b) {
        return (b >= 'a' && b <= 'z')
                || (b >= 'A' && b <= 'Z')
                || (b >= '0' && b <= '9')
                || b == '/'
                || b == '-'
                || b == '.'
                || b == '_'
                || b == '~';
    }

    private static boolean isHex(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!HexFormat.isHexDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
