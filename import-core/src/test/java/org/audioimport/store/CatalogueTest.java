package org.audioimport.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
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
}
