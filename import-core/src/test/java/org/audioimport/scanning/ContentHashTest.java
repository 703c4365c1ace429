package org.audioimport.scanning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The content hash against XXH3-128's published value, the same across the buffer's reads, and the older
 * catalogues' SHA-256 against the system's sha256sum.
 */
class ContentHashTest {
    @TempDir
    Path dir;

    @Test
    void theEmptyFileHashesToXxh3sPublishedValue() throws Exception {
        assertEquals("xxh3-128:99aa06d3014798d86001c324468d497f", hash(Files.createFile(dir.resolve("empty"))));
    }

    @Test
    void aFileLongerThanTheBufferHashesAsItsBytesDoAndOneChangedByteChangesIt() throws Exception {
        byte[] bytes = new byte[200_003];
        new Random(3).nextBytes(bytes);
        Path file = Files.write(dir.resolve("long"), bytes);
        Path copy = Files.write(dir.resolve("copy"), bytes);
        bytes[131_072] ^= 1;
        Path changed = Files.write(dir.resolve("changed"), bytes);

        ContentHash hash = new ContentHash();
        String first = hash(file, hash);
        assertEquals(first, hash(copy, hash), "the same bytes, the same hash, with the same hasher again");
        assertNotEquals(first, hash(changed, hash));
        assertTrue(ContentHash.isCurrent(first));
        assertFalse(ContentHash.isCurrent(Sha256ContentHash.of(file)));
    }

    @Test
    void theOlderSha256IsWhatSha256sumPrints() throws Exception {
        byte[] bytes = new byte[100_000];
        new Random(4).nextBytes(bytes);
        Path file = Files.write(dir.resolve("some file"), bytes);
        Process process = new ProcessBuilder("sha256sum", file.toString()).start();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        assertEquals(printed.substring(0, 64), Sha256ContentHash.of(file));
    }

    private static String hash(Path file) throws Exception {
        return hash(file, new ContentHash());
    }

    private static String hash(Path file, ContentHash hash) throws Exception {
        try (FileChannel channel = FileChannel.open(file)) {
            return hash.of(channel);
        }
    }
}
