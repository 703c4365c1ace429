package org.audioimport.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.audioimport.scanning.PathBytes;
import org.audioimport.scanning.PathText;
import picocli.CommandLine;

/**
 * Paths named on the command line, with the names' own bytes. The JVM hands {@code main} its arguments as
 * text decoded in the locale's charset (UTF-8 under the launcher), so a name that is not valid UTF-8 (a
 * Latin-1 é) arrives with U+FFFD in place of its bytes and names no file. Linux keeps every argument's bytes
 * in {@code /proc/self/cmdline}: an argument that lost bytes is taken from there, matched by its text.
 * Arguments with the same text are taken in order.
 */
final class ArgumentPaths implements CommandLine.ITypeConverter<Path> {
    private static final char REPLACEMENT = '\uFFFD';
    /** The charset the JVM decoded the arguments with. */
    private static final Charset ARGUMENTS = argumentCharset();

    private final Path commandLineFile;
    private final Path workingFolderLink;
    private final Map<String, Integer> taken = new HashMap<>();
    private List<byte[]> arguments;

    ArgumentPaths(Path commandLineFile, Path workingFolderLink) {
        this.commandLineFile = commandLineFile;
        this.workingFolderLink = workingFolderLink;
    }

    static ArgumentPaths ofThisProcess() {
        return new ArgumentPaths(Path.of("/proc/self/cmdline"), Path.of("/proc/self/cwd"));
    }

    @Override
    public Path convert(String value) {
        if (value.indexOf(REPLACEMENT) < 0) {
            return Path.of(value);
        }
        List<byte[]> matches = bytesOf(value);
        if (matches.isEmpty()) {
            return Path.of(value);
        }
        int next = taken.merge(value, 1, Integer::sum) - 1;
        return PathText.toPath(absolute(matches.get(Math.min(next, matches.size() - 1))));
    }

    /** The bytes of each argument that reads as {@code value}, alone or as the value of an {@code --option=}. */
    private List<byte[]> bytesOf(String value) {
        List<byte[]> matches = new ArrayList<>();
        for (byte[] argument : arguments()) {
            String text = new String(argument, ARGUMENTS);
            if (text.equals(value)) {
                matches.add(argument);
            } else if (text.startsWith("-") && text.endsWith("=" + value)) {
                int equals = indexOf(argument, (byte) '=');
                if (new String(argument, equals + 1, argument.length - equals - 1, ARGUMENTS).equals(value)) {
                    matches.add(Arrays.copyOfRange(argument, equals + 1, argument.length));
                }
            }
        }
        return matches;
    }

    private List<byte[]> arguments() {
        if (arguments == null) {
            arguments = new ArrayList<>();
            try {
                byte[] all = Files.readAllBytes(commandLineFile);
                int start = 0;
                for (int i = 0; i < all.length; i++) {
                    if (all[i] == 0) {
                        arguments.add(Arrays.copyOfRange(all, start, i));
                        start = i + 1;
                    }
                }
            } catch (IOException notLinux) {
                // Without the bytes, the text is all there is: the name is taken as it reads.
            }
        }
        return arguments;
    }

    /** A relative name's bytes after the working folder's, read from its link so that they are exact too. */
    private byte[] absolute(byte[] name) {
        if (name.length > 0 && name[0] == '/') {
            return name;
        }
        Path folder;
        try {
            folder = Files.readSymbolicLink(workingFolderLink);
        } catch (IOException | UnsupportedOperationException noLink) {
            folder = Path.of("").toAbsolutePath();
        }
        byte[] base = PathBytes.of(folder);
        byte[] joined = Arrays.copyOf(base, base.length + 1 + name.length);
        joined[base.length] = '/';
        System.arraycopy(name, 0, joined, base.length + 1, name.length);
        return joined;
    }

    private static Charset argumentCharset() {
        try {
            return Charset.forName(System.getProperty("sun.jnu.encoding"));
        } catch (IllegalArgumentException unknown) {
            return StandardCharsets.UTF_8;
        }
    }

    private static int indexOf(byte[] bytes, byte wanted) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }
}
