package org.audioimport.cli;

import java.util.OptionalInt;
import org.audioimport.fingerprint.ChromaprintUnavailableException;
import org.audioimport.schedule.DaemonLock;
import org.audioimport.store.CatalogueException;
import org.audioimport.store.WriteException;

/** The process exit codes, documented in docs/cli.md. */
final class ExitCodes {
    static final int OK = 0;
    /** The command ran, but some files failed (import), or the asked-for file is not catalogued (show). */
    static final int SOME_FAILED = 1;

    static final int USAGE = 2;
    static final int CATALOGUE_UNUSABLE = 3;
    /** A system library the command needs (Chromaprint) is not installed; the message names the package. */
    static final int LIBRARY_MISSING = 4;
    /** The daemon found another daemon already running on the same catalogue. */
    static final int ALREADY_RUNNING = 5;
    /** The catalogue's disk is full or failing (SQLITE_FULL, SQLITE_IOERR): the import stopped there. */
    static final int CATALOGUE_DISK = 6;
    /** Stopped by Ctrl-C (SIGINT): 128 + 2, as shells report it. */
    static final int INTERRUPTED = 130;

    private ExitCodes() {}

    /** The exit code of a command's failure, or empty when it is not one a user can cause (a bug). */
    static OptionalInt of(Exception failure) {
        return switch (failure) {
            case CatalogueException e -> OptionalInt.of(CATALOGUE_UNUSABLE);
            case IndexUnusableException e -> OptionalInt.of(CATALOGUE_UNUSABLE);
            case ChromaprintUnavailableException e -> OptionalInt.of(LIBRARY_MISSING);
            case DaemonLock.AlreadyRunningException e -> OptionalInt.of(ALREADY_RUNNING);
            case WriteException e when e.catalogueDiskFailed() -> OptionalInt.of(CATALOGUE_DISK);
            default -> OptionalInt.empty();
        };
    }
}
