package org.audioimport.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.audioimport.testing.OlderSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * V8 turns the paths a catalogue held before into their lossless text: a backslash is doubled and the
 * name's bytes are kept beside it; every other path, lossy ones included (they cannot be mended), stays.
 */
class LosslessPathMigrationTest {
    @TempDir
    Path dir;

    @Test
    void doublesEachBackslashKeepingTheBytesEvenWhereTheNewTextWasAnotherRowsOldOne() throws Exception {
        Path file = dir.resolve("library.db");
        Catalogue catalogue = Catalogue.open(file);
        List<String> before = List.of("/m/a\\", "/m/a\\\\", "/m/été.flac", "/m/latin1-\ufffdt\ufffd.flac");
        try (Connection c = StoreFixtures.otherConnection(catalogue)) {
            OlderSchema.beforeLosslessPaths(c);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO file (path, size_bytes, mtime_ms, status, "
                    + "first_seen_at, updated_at) VALUES (?, 1, 1, 'imported', 1, 1)")) {
                for (String path : before) {
                    insert.setString(1, path);
                    insert.executeUpdate();
                }
            }
        }

        Catalogue migrated = Catalogue.open(file);

        Map<String, byte[]> after = new LinkedHashMap<>();
        try (Connection c = StoreFixtures.otherConnection(migrated);
                ResultSet rows = c.createStatement().executeQuery("SELECT path, path_bytes FROM file ORDER BY id")) {
            while (rows.next()) {
                after.put(rows.getString(1), rows.getBytes(2));
            }
        }
        assertEquals(
                List.of("/m/a\\\\", "/m/a\\\\\\\\", "/m/été.flac", "/m/latin1-\ufffdt\ufffd.flac"),
                List.copyOf(after.keySet()));
        assertArrayEquals("/m/a\\".getBytes(UTF_8), after.get("/m/a\\\\"));
        assertArrayEquals("/m/a\\\\".getBytes(UTF_8), after.get("/m/a\\\\\\\\"));
        assertArrayEquals(null, after.get("/m/été.flac"));
        assertArrayEquals(null, after.get("/m/latin1-\ufffdt\ufffd.flac"));
    }
}
