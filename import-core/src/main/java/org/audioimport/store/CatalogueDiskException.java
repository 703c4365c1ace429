package org.audioimport.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The catalogue's own disk refused a write: it is full (SQLITE_FULL) or failing (SQLITE_IOERR). It is the
 * catalogue's condition, not the file's being written: every later write would fail the same way, so the
 * run stops instead of failing file after file. The message names the catalogue and, for a full disk, the
 * space left on it.
 */
final class CatalogueDiskException extends Exception {
    private static final long serialVersionUID = 1L;

    private CatalogueDiskException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The disk failure behind {@code failure}, or empty when SQLite failed for another reason. */
    static Optional<CatalogueDiskException> behind(Path catalogueFile, Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException sqlite) {
                int primary = sqlite.getResultCode().code & 0xff;
                if (primary == SQLiteErrorCode.SQLITE_FULL.code) {
                    return Optional.of(new CatalogueDiskException(
                            "catalogue " + catalogueFile + ": its disk is full (" + freeSpace(catalogueFile)
                                    + "); free some space, then run again",
                            failure));
                }
                if (primary == SQLiteErrorCode.SQLITE_IOERR.code) {
                    return Optional.of(new CatalogueDiskException(
                            "catalogue " + catalogueFile + ": its disk failed to read or write ("
                                    + Catalogue.rootMessage(sqlite) + "); check the disk, then run again",
                            failure));
                }
                return Optional.empty();
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return Optional.empty();
    }

    private static String freeSpace(Path catalogueFile) {
        try {
            long bytes = Files.getFileStore(catalogueFile).getUsableSpace();
            return bytesInWords(bytes) + " free on it";
        } catch (IOException e) {
            return "its free space cannot be read: " + e.getMessage();
        }
    }

    private static String bytesInWords(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, value < 10 ? "%.1f %s" : "%.0f %s", value, units[unit]);
    }
}
