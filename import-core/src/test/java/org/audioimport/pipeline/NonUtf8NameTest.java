package org.audioimport.pipeline;

import static org.audioimport.testing.NameFixtures.BACKSLASHES;
import static org.audioimport.testing.NameFixtures.BROKEN;
import static org.audioimport.testing.NameFixtures.E_ACUTE;
import static org.audioimport.testing.NameFixtures.E_GRAVE;
import static org.audioimport.testing.NameFixtures.IN_LATIN1_FOLDER;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.audioimport.scanning.PathBytes;
import org.audioimport.scanning.PathText;
import org.audioimport.store.FileDetails;
import org.audioimport.testing.NameFixtures;
import org.audioimport.testing.OlderSchema;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files whose names are not valid UTF-8 (Latin-1 bytes) import under a lossless text of their path: each
 * name its own row, even beside a name Java's string cannot tell from it; a rescan finds them unchanged, a
 * renamed one is found as a move, and a catalogue written before (Java's lossy strings) is taken over.
 */
class NonUtf8NameTest {
    @TempDir
    Path dir;

    private Path names;
    private Path db;

    @BeforeEach
    void makeTheNames() throws Exception {
        names = NameFixtures.makeIn(dir.resolve("fixtures"));
        db = dir.resolve("library.db");
    }

    @Test
    void eachNameImportsAsItsOwnRowUnderItsText() throws Exception {
        PipelineHarness harness = new PipelineHarness(db);

        ImportSummary summary = harness.run(names, ImportListener.NONE);

        assertEquals(4, summary.imported(), () -> "failures: " + summary.failures());
        assertEquals(
                List.of(text(BROKEN)),
                summary.failures().stream().map(f -> PathText.of(f.path())).toList());
        for (String name : NameFixtures.AUDIO) {
            FileDetails details = harness.reader.file(text(name)).orElseThrow(() -> new AssertionError(name));
            assertEquals("imported", details.status(), details::failureReason);
            assertEquals(Files.size(NameFixtures.file(names, name)), details.sizeBytes(), name);
        }
        assertEquals(5, pathsAndBytes().size());
    }

    @Test
    void aRescanFindsEveryFileUnchanged() throws Exception {
        PipelineHarness harness = new PipelineHarness(db);
        harness.run(names, ImportListener.NONE);

        ImportSummary again = harness.run(names, ImportListener.NONE);

        assertEquals(5, again.unchanged(), again::toString);
        assertEquals(0, again.imported() + again.updated() + again.moved() + again.missing() + again.failed());
    }

    @Test
    void theNameBytesAreStoredBesideEveryTextThatEscapesSomeAndOnlyThere() throws Exception {
        Files.copy(NameFixtures.file(names, E_ACUTE), names.resolve("plain.flac"));
        new PipelineHarness(db).run(names, ImportListener.NONE);

        Map<String, byte[]> stored = pathsAndBytes();
        try (Stream<Path> walk = Files.walk(names)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String text = PathText.of(file);
                assertTrue(stored.containsKey(text), text);
                assertArrayEquals(PathText.isPlain(text) ? null : PathBytes.of(file), stored.get(text), text);
            }
        }
        assertEquals(6, stored.size());
        assertNull(stored.get(text("plain.flac")));
    }

    @Test
    void aRenamedFileIsFoundAsAMoveUnderItsNewText() throws Exception {
        PipelineHarness harness = new PipelineHarness(db);
        harness.run(names, ImportListener.NONE);
        long id = fileId(text(E_ACUTE));
        Files.move(NameFixtures.file(names, E_ACUTE), NameFixtures.file(names, "renamed-\\xE9.flac"));

        ImportSummary again = harness.run(names, ImportListener.NONE);

        assertEquals(1, again.moved(), again::toString);
        assertEquals(0, again.imported() + again.missing() + again.failed(), again::toString);
        assertEquals(id, fileId(text("renamed-\\xE9.flac")));
        assertTrue(harness.reader.file(text(E_ACUTE)).isEmpty());
        assertArrayEquals(
                PathBytes.of(NameFixtures.file(names, "renamed-\\xE9.flac")),
                pathsAndBytes().get(text("renamed-\\xE9.flac")));
    }

    /**
     * A catalogue written before paths were lossless held Java's string of each name (U+FFFD for each byte
     * that is not UTF-8, so é and è shared one row) and backslashes as they are. Made here from a current
     * one: the rows put back as they were then, the columns of V8 and later and their migrations' records
     * removed.
     */
    @Test
    void aCatalogueWrittenBeforeIsMigratedAndItsFilesAreTakenOverByTheNextScan() throws Exception {
        new PipelineHarness(db).run(names, ImportListener.NONE);
        long acute = fileId(text(E_ACUTE));
        long backslashes = fileId(text(BACKSLASHES));
        long inFolder = fileId(text(IN_LATIN1_FOLDER));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            c.createStatement().execute("PRAGMA foreign_keys = ON");
            c.setAutoCommit(false);
            deleteRow(c, text(E_GRAVE));
            for (String name : List.of(E_ACUTE, BACKSLASHES, IN_LATIN1_FOLDER, BROKEN)) {
                setPath(c, text(name), NameFixtures.file(names, name).toString());
            }
            OlderSchema.beforeLosslessPaths(c);
            c.commit();
        }

        PipelineHarness migrated = new PipelineHarness(db);
        ImportSummary scan = migrated.run(names, ImportListener.NONE);

        assertEquals(backslashes, fileId(text(BACKSLASHES)), "the backslash name's row, its text escaped");
        assertEquals(1, scan.unchanged(), scan::toString);
        assertEquals(2, scan.moved(), "é and the file in the Latin-1 folder, by content: " + scan);
        assertEquals(acute, fileId(text(E_ACUTE)));
        assertEquals(inFolder, fileId(text(IN_LATIN1_FOLDER)));
        assertEquals(1, scan.imported(), "è, which shared é's row: " + scan);
        assertEquals(1, scan.failed(), scan::toString);
        assertEquals(1, scan.missing(), "the broken file's old row: a failure has no content to move by: " + scan);
        assertEquals(6, pathsAndBytes().size());
    }

    private String text(String name) {
        return NameFixtures.text(names, name);
    }

    private Map<String, byte[]> pathsAndBytes() throws Exception {
        Map<String, byte[]> rows = new HashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                ResultSet r = c.createStatement().executeQuery("SELECT path, path_bytes FROM file")) {
            while (r.next()) {
                rows.put(r.getString(1), r.getBytes(2));
            }
        }
        return rows;
    }

    private long fileId(String path) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                PreparedStatement query = c.prepareStatement("SELECT id FROM file WHERE path = ?")) {
            query.setString(1, path);
            try (ResultSet r = query.executeQuery()) {
                assertTrue(r.next(), () -> "no row " + path);
                return r.getLong(1);
            }
        }
    }

    private static void deleteRow(Connection c, String path) throws Exception {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM file WHERE path = ?")) {
            delete.setString(1, path);
            assertEquals(1, delete.executeUpdate(), path);
        }
    }

    private static void setPath(Connection c, String path, String old) throws Exception {
        try (PreparedStatement update = c.prepareStatement("UPDATE file SET path = ? WHERE path = ?")) {
            update.setString(1, old);
            update.setString(2, path);
            assertEquals(1, update.executeUpdate(), path);
        }
    }
}
