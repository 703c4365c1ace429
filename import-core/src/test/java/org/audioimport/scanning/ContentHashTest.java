package org.audioimport.scanning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.audioimport.testing.SampleLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The content hash against the reference tools: xxh128sum (Debian's xxhash) for XXH3-128 on every file of
 * the sample library and across the buffer's reads, sha256sum for the older catalogues' SHA-256.
 */
class ContentHashTest {
    @TempDir
    Path dir;

    @Test
    void theEmptyFileHashesToXxh3sPublishedValue() throws Exception {
        assertEquals("xxh3-128:99aa06d3014798d86001c324468d497f", hash(Files.createFile(dir.resolve("empty"))));
    }

    @Test
    void everySampleFileHashesAsXxh128sumHashesIt() throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SampleLibrary.sample())) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertTrue(files.size() >= 13, "the sample library: " + files.size());
        ContentHash hash = new ContentHash();
        for (Path file : files) {
            assertEquals(ContentHash.PREFIX + reference("xxh128sum", file), hash(file, hash), file.toString());
        }
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
        assertEquals(ContentHash.PREFIX + reference("xxh128sum", file), first);
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
        assertEquals(reference("sha256sum", file), Sha256ContentHash.of(file));
    }

    /** The hex digest {@code tool} prints for {@code file}: the first word of its output. */
    private static String reference(String tool, Path file) throws Exception {
        Process process = new ProcessBuilder(tool, file.toString()).start();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), tool + " finished");
        assertEquals(0, process.exitValue(), tool + " " + file);
        return printed.substring(0, printed.indexOf(' '));
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
