package org.audioimport.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.audioimport.testing.Mounts;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A catalogue in a folder nobody may write, made by a real read-only bind mount (as root, whom no
 * permission bits stop): the reading side opens it in each state SQLite can leave it in, and sees every
 * commit; the writing side refuses it plainly. Skipped where this user may not mount.
 */
class ReadOnlyMountTest {
    private static final String A = "/music/a.flac";
    private static final String B = "/music/b.flac";

    @TempDir
    Path dir;

    @RegisterExtension
    final Mounts mounts = new Mounts();

    @Test
    void checkpointedCatalogueWhosePathNeedsEscapingInAUriIsReadWhole() throws Exception {
        Path shelf = Files.createDirectories(dir.resolve("shelf #1 (50% é?)"));
        Path db = shelf.resolve("library.db");
        writeTwoFiles(db, null);
        assertTrue(Files.notExists(sibling(db, "-wal")), "the writer checkpointed on close");
        makeReadOnly(shelf);

        Catalogue catalogue = Catalogue.openExisting(db);

        CatalogueReader reader = new CatalogueReader(catalogue);
        assertTrue(reader.file(A).isPresent() && reader.file(B).isPresent());
        assertTrue(Files.notExists(sibling(db, "-shm")), "nothing was created beside it");
    }

    @Test
    void walLeftWithItsIndexIsReadThroughThem() throws Exception {
        Path crashed = Files.createDirectories(dir.resolve("crashed"));
        writeTwoFiles(dir.resolve("live.db"), crashed);
        Path db = crashed.resolve("live.db");
        assertTrue(Files.size(sibling(db, "-wal")) > 0 && Files.exists(sibling(db, "-shm")));
        makeReadOnly(crashed);

        CatalogueReader reader = new CatalogueReader(Catalogue.openExisting(db));

        assertTrue(reader.file(B).isPresent(), "the commit only the write-ahead log holds is seen");
    }

    @Test
    void walLeftWithoutItsIndexIsReadFromAPrivateCopy() throws Exception {
        Path crashed = Files.createDirectories(dir.resolve("crashed"));
        writeTwoFiles(dir.resolve("live.db"), crashed);
        Path db = crashed.resolve("live.db");
        Files.delete(sibling(db, "-shm"));
        makeReadOnly(crashed);

        CatalogueReader reader = new CatalogueReader(Catalogue.openExisting(db));

        assertTrue(reader.file(A).isPresent());
        assertTrue(reader.file(B).isPresent(), "the commit only the write-ahead log holds is seen");
        assertTrue(Files.notExists(sibling(db, "-shm")), "nothing was created beside it");
    }

    @Test
    void writerRefusesTheReadOnlyFolderNamingItAndSayingReadersStillWork() throws Exception {
        Path shelf = Files.createDirectories(dir.resolve("shelf"));
        Path db = shelf.resolve("library.db");
        writeTwoFiles(db, null);
        makeReadOnly(shelf);

        CatalogueException e = assertThrows(CatalogueException.class, () -> Catalogue.open(db));

        assertTrue(e.getMessage().contains("cannot be written: its folder " + shelf + " is read-only"), e.getMessage());
        assertTrue(e.getMessage().contains("the commands that only read"), e.getMessage());
    }

    @Test
    void olderSchemaThatCannotBeUpgradedHereSaysToImportWhereItCan() throws Exception {
        Path shelf = Files.createDirectories(dir.resolve("shelf"));
        Path db = shelf.resolve("old.db");
        org.sqlite.SQLiteDataSource source = new org.sqlite.SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + db);
        Flyway.configure()
                .dataSource(source)
                .locations("classpath:db/migration")
                .target("1")
                .load()
                .migrate();
        makeReadOnly(shelf);

        CatalogueException e = assertThrows(CatalogueException.class, () -> Catalogue.openExisting(db));

        assertTrue(e.getMessage().contains("its schema is older than this program's"), e.getMessage());
        assertTrue(e.getMessage().contains("run `audio-import import` once where the catalogue can be written"));
        assertEquals("1", schemaVersion(db), "the file was not changed");
    }

    /**
     * Writes files A and B. With {@code crashCopy}, copies the catalogue, its write-ahead log and its index
     * there while the writer is still open (its commits still in the log only), as a killed process leaves them.
     */
    private static void writeTwoFiles(Path db, Path crashCopy) throws Exception {
        Catalogue catalogue = Catalogue.open(db);
        try (CatalogueWriter writer = CatalogueWriter.open(catalogue, Duration.ofSeconds(5))) {
            long scan = writer.startScan(List.of(db.getParent()), 1);
            writer.write(scan, StoreFixtures.imported(A, "A", "Artist", "Album"), 2);
            writer.write(scan, StoreFixtures.imported(B, "B", "Artist", "Album"), 3);
            if (crashCopy != null) {
                for (String suffix : List.of("", "-wal", "-shm")) {
                    Files.copy(sibling(db, suffix), crashCopy.resolve(db.getFileName() + suffix));
                }
            }
        }
    }

    private void makeReadOnly(Path folder) throws Exception {
        mounts.readOnly(folder);
        assertTrue(!Files.isWritable(folder), "the folder is read-only now");
    }

    private static String schemaVersion(Path db) throws Exception {
        org.sqlite.SQLiteConfig readOnly = new org.sqlite.SQLiteConfig();
        readOnly.setReadOnly(true);
        try (var c = readOnly.createConnection("jdbc:sqlite:" + db);
                var rs = c.createStatement()
                        .executeQuery("select max(cast(version as integer)) from flyway_schema_history")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }
}
