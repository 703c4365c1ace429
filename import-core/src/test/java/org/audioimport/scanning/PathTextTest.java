package org.audioimport.scanning;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The text of a path keeps every byte of the name, reads as the name where it is UTF-8, and gives it back. */
class PathTextTest {
    @TempDir
    Path dir;

    @Test
    void aLatin1ByteIsWrittenAsItsHexEscape() {
        assertEquals("/m/latin1-\\xE9t\\xE9.flac", PathText.of(bytes("/m/latin1-", 0xe9, "t", 0xe9, ".flac")));
    }

    @Test
    void aValidUtf8NameReadsAsItIs() {
        assertEquals("/m/été – 東京 🎵.flac", PathText.of("/m/été – 東京 🎵.flac".getBytes(UTF_8)));
    }

    @Test
    void aBackslashIsDoubledSoThatItNeverReadsAsAnEscape() {
        assertEquals("/m/latin1-\\\\xE9t\\\\xE9.flac", PathText.of("/m/latin1-\\xE9t\\xE9.flac".getBytes(UTF_8)));
    }

    @Test
    void namesThatDifferOnlyInBytesThatAreNotUtf8HaveDifferentTexts() {
        byte[] acute = bytes("/m/latin1-", 0xe9, "t", 0xe9, ".flac");
        byte[] grave = bytes("/m/latin1-", 0xe8, "t", 0xe8, ".flac");

        assertEquals(new String(acute, UTF_8), new String(grave, UTF_8), "Java's strings of the two are one");
        assertNotEquals(PathText.of(acute), PathText.of(grave));
    }

    @Test
    void everyMalformedSequenceIsEscapedByteByByteAndGivenBack() {
        List<byte[]> names = List.of(
                bytes("/a", 0xc3), // a two-byte sequence cut at the end
                bytes("/a", 0xe2, 0x82, "b"), // a three-byte sequence cut short
                bytes("/a", 0xc0, 0xaf), // an overlong encoding of /
                bytes("/a", 0xed, 0xa0, 0x80), // an encoded surrogate
                bytes("/a", 0xf4, 0x90, 0x80, 0x80), // beyond U+10FFFF
                bytes("/a", 0xff, 0xfe, 0x80),
                bytes("/a", 0xef, 0xbf, 0xbd)); // U+FFFD itself, which is valid
        for (byte[] name : names) {
            String text = PathText.of(name);
            assertArrayEquals(name, PathText.bytes(text), text);
        }
        assertEquals("/a\\xC3", PathText.of(names.get(0)));
        assertEquals("/a\\xED\\xA0\\x80", PathText.of(names.get(3)));
        assertEquals("/a\ufffd", PathText.of(names.get(6)));
    }

    @Test
    void randomNamesGiveTheirBytesBackAndNoTwoShareATextUnlessEqual() {
        Random random = new Random(20);
        Set<String> texts = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            byte[] name = new byte[1 + random.nextInt(12)];
            random.nextBytes(name);
            name[0] = '/';
            String text = PathText.of(name);
            assertArrayEquals(name, PathText.bytes(text), text);
            names.add(new String(name, ISO_8859_1));
            texts.add(text);
        }
        assertEquals(names.size(), texts.size());
    }

    @Test
    void aBackslashMustStartAnEscape() {
        assertThrows(IllegalArgumentException.class, () -> PathText.bytes("/m/a\\b"));
        assertThrows(IllegalArgumentException.class, () -> PathText.bytes("/m/a\\xE"));
        assertThrows(IllegalArgumentException.class, () -> PathText.bytes("/m/a\\x٣٣"));
        assertThrows(IllegalArgumentException.class, () -> PathText.toPath("relative\\xE9"));
        assertThrows(IllegalArgumentException.class, () -> PathText.toPath("/m/nul\\x00"));
    }

    @Test
    void aFileOnDiskIsFoundAgainByItsText() throws Exception {
        List<byte[]> names = List.of(
                bytes("latin1-", 0xe9, "t", 0xe9, ".flac"),
                bytes("latin1-", 0xe8, "t", 0xe8, ".flac"),
                "latin1-\\xE9t\\xE9.flac".getBytes(UTF_8),
                "été.flac".getBytes(UTF_8),
                "\uFFFD.flac".getBytes(UTF_8),
                bytes("\uFFFD-", 0xe9, ".flac"));
        Set<String> expected = new HashSet<>();
        for (byte[] name : names) {
            String text = PathText.of(dir) + "/" + PathText.of(name);
            Files.writeString(PathText.toPath(text), text);
            expected.add(text);
        }

        Set<String> listed = new HashSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String text = PathText.of(file);
                listed.add(text);
                assertEquals(file, PathText.toPath(text));
                assertEquals(text, Files.readString(file), "the file written under that text");
            }
        }
        assertEquals(expected, listed);
    }

    @Test
    void aFolderNamedInLatin1HasNoTrailingSlash() throws Exception {
        Path folder = PathText.toPath(PathText.of(dir) + "/dossier-\\xE9");
        Files.createDirectory(folder);

        assertEquals(PathText.of(dir) + "/dossier-\\xE9", PathText.of(folder));
        assertTrue(Files.isDirectory(PathText.toPath(PathText.of(folder))));
    }

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof String text) {
                out.writeBytes(text.getBytes(UTF_8));
            } else {
                out.write((Integer) part);
            }
        }
        return out.toByteArray();
    }
}
