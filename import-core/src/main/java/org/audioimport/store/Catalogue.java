package org.audioimport.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * An open catalogue file: migrated to the schema this program knows, with the connection settings
 * every connection shares (WAL, synchronous=NORMAL, foreign keys, a busy timeout).
 */
public final class Catalogue {
    /** How long a reader or a migration waits for a lock before SQLite reports the database busy. */
    static final int READ_BUSY_TIMEOUT_MS = 5_000;

    private final Path file;
    private final SQLiteDataSource dataSource;

    private Catalogue(Path file, SQLiteDataSource dataSource) {
        this.file = file;
        this.dataSource = dataSource;
    }

    /**
     * Opens the catalogue, creating it and its folder if missing, and migrates it. A catalogue whose
     * schema is newer than this program knows is refused and left untouched.
     */
    public static Catalogue open(Path file) throws CatalogueException {
        Path absolute = file.toAbsolutePath();
        try {
            Path parent = absolute.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new CatalogueException(absolute, "cannot create its folder: " + e.getMessage(), e);
        }
        refuseUnwritable(absolute);
        SQLiteDataSource dataSource = new SQLiteDataSource(connectionSettings());
        dataSource.setUrl("jdbc:sqlite:" + absolute);
        Catalogue catalogue = new Catalogue(absolute, dataSource);
        catalogue.checkReadable();
        catalogue.migrate();
        return catalogue;
    }

    /**
     * Opens a catalogue that must already exist, for commands that only read: a mistyped --db path is
     * reported instead of becoming a new, empty catalogue, and nothing is ever written, so a catalogue on
     * a read-only mount or in another user's folder can be read ({@link ReadOnlySource}). A catalogue
     * whose schema is older than this program's is migrated first, when its folder can be written.
     */
    public static Catalogue openExisting(Path file) throws CatalogueException {
        Catalogue catalogue = readOnly(file);
        if (catalogue.isCurrent()) {
            return catalogue;
        }
        Path absolute = catalogue.file;
        if (!Files.isWritable(absolute.getParent()) || !Files.isWritable(absolute)) {
            throw new CatalogueException(
                    absolute,
                    "its schema is older than this program's and it cannot be "
                            + "written here to upgrade it; run `audio-import import` once where the catalogue can be written");
        }
        return open(absolute);
    }

    /**
     * Opens a catalogue that must stay exactly as it is (a dry run plans against it): read only, and never
     * migrated. One whose schema is older than this program's is read through a copy brought to this
     * program's schema in a private temporary folder (deleted when the program exits); the catalogue itself
     * is left for the next real import to upgrade.
     */
    public static Catalogue openUnchanged(Path file) throws CatalogueException {
        Catalogue catalogue = readOnly(file);
        if (catalogue.isCurrent()) {
            return catalogue;
        }
        Path copy;
        try {
            copy = ReadOnlySource.privateCopyPath("audio-import-upgraded-copy-");
        } catch (IOException e) {
            throw new CatalogueException(catalogue.file, "cannot make a temporary copy to read: " + e.getMessage(), e);
        }
        try (Connection connection = catalogue.dataSource.getConnection()) {
            // A consistent snapshot, write-ahead log included, made through SQLite rather than by copying files.
            DSL.using(connection, SQLDialect.SQLITE).execute("vacuum into {0}", DSL.val(copy.toString()));
        } catch (SQLException | org.jooq.exception.DataAccessException e) {
            throw new CatalogueException(
                    catalogue.file, "cannot be copied to " + copy + " to be read: " + rootMessage(e), e);
        }
        return open(copy);
    }

    /** The catalogue at {@code file}, which must exist, opened only to read. */
    private static Catalogue readOnly(Path file) throws CatalogueException {
        Path absolute = file.toAbsolutePath();
        if (!Files.isRegularFile(absolute)) {
            throw new CatalogueException(
                    absolute, "does not exist (import a folder first, or name the catalogue with --db)");
        }
        Catalogue catalogue = new Catalogue(absolute, ReadOnlySource.of(absolute));
        catalogue.checkReadable();
        return catalogue;
    }

    /** Whether the schema is this program's; a newer one is refused. */
    private boolean isCurrent() throws CatalogueException {
        Flyway flyway = flyway();
        try {
            refuseNewerSchema(flyway);
            return flyway.info().pending().length == 0;
        } catch (FlywayException e) {
            throw new CatalogueException(file, "its schema version cannot be read: " + rootMessage(e), e);
        }
    }

    /**
     * A writer needs the file and its folder (SQLite creates its write-ahead log and index beside the file):
     * said plainly here, before SQLite says it as SQLITE_READONLY_DIRECTORY.
     */
    private static void refuseUnwritable(Path file) throws CatalogueException {
        Path folder = file.getParent();
        String readersWork = "; the commands that only read (status, show, failed, duplicates, similar) still work";
        if (folder != null && !Files.isWritable(folder)) {
            throw new CatalogueException(
                    file,
                    "cannot be written: its folder " + folder
                            + " is read-only for this user (a read-only mount, or no write permission)" + readersWork);
        }
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw new CatalogueException(file, "cannot be written: the file is read-only for this user" + readersWork);
        }
    }

    private static SQLiteConfig connectionSettings() {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(READ_BUSY_TIMEOUT_MS);
        return config;
    }

    private void checkReadable() throws CatalogueException {
        try (Connection connection = dataSource.getConnection()) {
            DSL.using(connection, SQLDialect.SQLITE).fetch("select count(*) from sqlite_master");
        } catch (SQLException | org.jooq.exception.DataAccessException e) {
            throw new CatalogueException(file, "cannot be opened as an SQLite database: " + rootMessage(e), e);
        }
    }

    private Flyway flyway() {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
    }

    private void migrate() throws CatalogueException {
        Flyway flyway = flyway();
        try {
            refuseNewerSchema(flyway);
            flyway.migrate();
        } catch (FlywayException e) {
            throw new CatalogueException(file, "cannot be migrated: " + rootMessage(e), e);
        }
    }

    private void refuseNewerSchema(Flyway flyway) throws CatalogueException {
        MigrationInfo[] applied = flyway.info().applied();
        boolean fromTheFuture = Arrays.stream(applied)
                .anyMatch(m ->
                        m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED);
        if (fromTheFuture) {
            MigrationInfo newest = applied[applied.length - 1];
            throw new CatalogueException(
                    file,
                    "its schema version " + newest.getVersion()
                            + " is newer than this program knows; use a newer audio-import (the file was not changed)");
        }
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    public Path file() {
        return file;
    }

    /** A new connection with the shared settings; the caller closes it. */
    Connection connect() throws SQLException {
        return dataSource.getConnection();
    }

    static DSLContext sql(Connection connection) {
        return DSL.using(connection, SQLDialect.SQLITE);
    }
}
