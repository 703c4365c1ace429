package org.audioimport.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Connections that only read a catalogue, even one in a folder the user cannot write (a read-only mount,
 * another user's folder). SQLite reads a WAL-mode database only through its {@code -shm} index, which it
 * must create beside the file when it is missing; where it cannot, this picks what SQLite can do:
 * <ul>
 *   <li>folder writable, or the {@code -wal} and {@code -shm} both left there: an ordinary read-only open;</li>
 *   <li>no write-ahead log to read: the file alone holds every commit, so it is opened {@code immutable};</li>
 *   <li>a write-ahead log without its {@code -shm} (left by a crash): neither works, so the file and its log
 *       are copied to a private temporary folder and the copy is read (deleted when the program exits).</li>
 * </ul>
 */
final class ReadOnlySource {
    private static final Logger LOG = LoggerFactory.getLogger(ReadOnlySource.class);

    private ReadOnlySource() {}

    static SQLiteDataSource of(Path file) throws CatalogueException {
        Path wal = sibling(file, "-wal");
        boolean walToRead = sizeOf(wal) > 0;
        Path folder = file.getParent();
        if (Files.isWritable(folder) || (walToRead && Files.isReadable(sibling(file, "-shm")))) {
            return dataSource("jdbc:sqlite:" + file, false);
        }
        if (!walToRead) {
            return dataSource("jdbc:sqlite:file:" + uriPath(file) + "?immutable=1", true);
        }
        LOG.info(
                "{}: its folder cannot be written and it has a write-ahead log without its index (-shm); "
                        + "reading a private copy",
                file);
        return dataSource("jdbc:sqlite:" + privateCopy(file, wal), false);
    }

    private static SQLiteDataSource dataSource(String url, boolean uri) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(Catalogue.READ_BUSY_TIMEOUT_MS);
        if (uri) {
            config.setOpenMode(org.sqlite.SQLiteOpenMode.OPEN_URI);
        }
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl(url);
        return dataSource;
    }

    /**
     * Where a private copy of a catalogue goes: a fresh temporary folder of its own, the folder, the copy and
     * the write-ahead log and index SQLite may make beside it all deleted when the program exits.
     */
    static Path privateCopyPath(String prefix) throws IOException {
        Path folder = Files.createTempDirectory(prefix);
        folder.toFile().deleteOnExit();
        Path copy = folder.resolve("catalogue.db");
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            sibling(copy, suffix).toFile().deleteOnExit();
        }
        return copy;
    }

    private static Path privateCopy(Path file, Path wal) throws CatalogueException {
        try {
            Path copy = privateCopyPath("audio-import-catalogue-");
            Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
            Files.copy(wal, sibling(copy, "-wal"), StandardCopyOption.COPY_ATTRIBUTES);
            return copy;
        } catch (IOException e) {
            throw new CatalogueException(
                    file,
                    "its folder cannot be written and its write-ahead log cannot be read " + "from a copy either: "
                            + e.getMessage(),
                    e);
        }
    }

    private static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /** The path as an SQLite URI path: the characters a URI gives a meaning to are percent-encoded. */
    private static String uriPath(Path file) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : file.toString().getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c == '/'
                    || c == '-'
                    || c == '.'
                    || c == '_'
                    || c == '~'
                    || (Character.isLetterOrDigit(c) && c < 0x80)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format("%02x", c));
            }
        }
        return encoded.toString();
    }
}
