package org.audioimport.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.audioimport.testing.OlderSchema;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueTest {
    @TempDir
    Path dir;

    @Test
    void opensNewCatalogueInMissingFolderWithSchemaAndWalMode() throws Exception {
        Path file = dir.resolve("nested/folder/library.db");
        Catalogue catalogue = Catalogue.open(file);

        assertTrue(Files.exists(file));
        try (Connection c = catalogue.connect();
                ResultSet journal = c.createStatement().executeQuery("pragma journal_mode")) {
            journal.next();
            assertEquals("wal", journal.getString(1));
        }
        try (Connection c = catalogue.connect();
                ResultSet fk = c.createStatement().executeQuery("pragma foreign_keys")) {
            fk.next();
            assertEquals(1, fk.getInt(1));
        }
        assertEquals(0, StoreFixtures.count(catalogue, "file"));
        assertEquals(0, StoreFixtures.count(catalogue, "track"));
    }

    @Test
    void reopeningMigratedCatalogueKeepsItsRows() throws Exception {
        Path file = dir.resolve("library.db");
        Catalogue first = Catalogue.open(file);
        try (CatalogueWriter writer = CatalogueWriter.open(first, BusyRetry.DEFAULT_GIVE_UP_AFTER)) {
            writer.write(
                    writer.startScan(java.util.List.of(dir), 1), StoreFixtures.imported("/a.flac", "A", "X", "Y"), 1);
        }

        Catalogue again = Catalogue.open(file);

        assertEquals(1, StoreFixtures.count(again, "file"));
    }

    @Test
    void refusesCatalogueWithNewerSchemaAndLeavesItUntouched() throws Exception {
        Path file = dir.resolve("library.db");
        Catalogue catalogue = Catalogue.open(file);
        try (Connection c = StoreFixtures.otherConnection(catalogue)) {
            c.createStatement()
                    .execute("insert into flyway_schema_history (installed_rank, version, description, type, "
                            + "script, checksum, installed_by, execution_time, success) "
                            + "values (99, '99', 'from the future', 'SQL', 'V99__future.sql', 0, 'test', 0, 1)");
        }
        byte[] before = Files.readAllBytes(file);

        CatalogueException refused = assertThrows(CatalogueException.class, () -> Catalogue.open(file));

        assertTrue(refused.getMessage().contains("newer than this program knows"), refused.getMessage());
        assertTrue(refused.getMessage().contains(file.toString()), refused.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void refusesFileThatIsNotAnSqliteDatabase() throws Exception {
        Path file = dir.resolve("notes.db");
        Files.writeString(
                file, "this is a text file, not a database, and it is long enough to have a header\n".repeat(20));

        CatalogueException refused = assertThrows(CatalogueException.class, () -> Catalogue.open(file));

        assertTrue(refused.getMessage().contains("cannot be opened as an SQLite database"), refused.getMessage());
    }

    @Test
    void openingAnExistingCatalogueThatDoesNotExistSaysSoAndCreatesNothing() {
        Path file = dir.resolve("mistyped.db");

        CatalogueException refused = assertThrows(CatalogueException.class, () -> Catalogue.openExisting(file));

        assertTrue(refused.getMessage().contains("does not exist"), refused.getMessage());
        assertTrue(refused.getMessage().contains(file.toString()), refused.getMessage());
        assertFalse(Files.exists(file));
    }

    @Test
    void anExistingCatalogueOfAnOlderSchemaIsMigratedWhenOpened() throws Exception {
        Path file = dir.resolve("old.db");
        Flyway.configure()
                .dataSource("jdbc:sqlite:" + file, null, null)
                .locations("classpath:db/migration")
                .target("1")
                .load()
                .migrate();

        Catalogue catalogue = Catalogue.openExisting(file);

        assertEquals(newestMigration(), schemaVersion(catalogue));
        assertEquals(0, StoreFixtures.count(catalogue, "acoustid_lookup"), "the newest tables are there");
    }

    @Test
    void anExistingCatalogueOfTheCurrentSchemaIsOpenedAsItIs() throws Exception {
        Path file = dir.resolve("library.db");
        long migrations = StoreFixtures.count(Catalogue.open(file), "flyway_schema_history");

        Catalogue catalogue = Catalogue.openExisting(file);

        assertEquals(newestMigration(), schemaVersion(catalogue));
        assertEquals(migrations, StoreFixtures.count(catalogue, "flyway_schema_history"), "nothing migrated again");
    }

    @Test
    void aCatalogueOpenedUnchangedIsReadAtThisSchemaWhileItsOwnFileKeepsItsOlderOne() throws Exception {
        Path file = dir.resolve("old.db");
        Catalogue made = Catalogue.open(file);
        try (Connection c = StoreFixtures.otherConnection(made)) {
            c.createStatement()
                    .execute("insert into scan_run (started_at, roots, outcome) values (1, '/music', 'completed')");
            OlderSchema.beforeLosslessPaths(c);
        }
        byte[] before = Files.readAllBytes(file);

        Catalogue unchanged = Catalogue.openUnchanged(file);

        assertEquals(newestMigration(), schemaVersion(unchanged));
        assertEquals(List.of(Path.of("/music")), new CatalogueReader(unchanged).scannedRoots());
        assertArrayEquals(before, Files.readAllBytes(file), "the catalogue itself was changed");
        Catalogue.open(file);
        assertEquals(
                file.toAbsolutePath(),
                Catalogue.openUnchanged(file).file(),
                "a catalogue of this schema is read itself, not a copy");
    }

    @Test
    void anExistingFileThatIsNotSqliteIsRefusedWithTheReason() throws Exception {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "not a database, though long enough to hold a header\n".repeat(20));

        CatalogueException refused = assertThrows(CatalogueException.class, () -> Catalogue.openExisting(file));

        assertTrue(refused.getMessage().contains("cannot be opened as an SQLite database"), refused.getMessage());
    }

    @Test
    void anExistingCatalogueOfANewerSchemaIsRefused() throws Exception {
        Path file = dir.resolve("library.db");
        Catalogue catalogue = Catalogue.open(file);
        try (Connection c = StoreFixtures.otherConnection(catalogue)) {
            c.createStatement()
                    .execute("insert into flyway_schema_history (installed_rank, version, description, type, "
                            + "script, checksum, installed_by, execution_time, success) "
                            + "values (99, '99', 'from the future', 'SQL', 'V99__future.sql', 0, 'test', 0, 1)");
        }

        CatalogueException refused = assertThrows(CatalogueException.class, () -> Catalogue.openExisting(file));

        assertTrue(refused.getMessage().contains("its schema version 99 is newer"), refused.getMessage());
    }

    @Test
    void aCatalogueWhoseFolderWouldBeAFileCannotBeCreated() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");

        CatalogueException refused =
                assertThrows(CatalogueException.class, () -> Catalogue.open(notAFolder.resolve("library.db")));

        assertTrue(refused.getMessage().contains("cannot create its folder"), refused.getMessage());
    }

    private static String schemaVersion(Catalogue catalogue) throws Exception {
        try (Connection c = StoreFixtures.otherConnection(catalogue);
                ResultSet version = c.createStatement()
                        .executeQuery("select version from flyway_schema_history where success = 1 "
                                + "order by installed_rank desc limit 1")) {
            version.next();
            return version.getString(1);
        }
    }

    /** The highest V number among the migrations on the class path. */
    private static String newestMigration() {
        return Arrays.stream(Flyway.configure()
                        .locations("classpath:db/migration")
                        .dataSource("jdbc:sqlite::memory:", null, null)
                        .load()
                        .info()
                        .all())
                .map(m -> m.getVersion().getVersion())
                .max(Comparator.comparingInt(Integer::parseInt))
                .orElseThrow();
    }
}
