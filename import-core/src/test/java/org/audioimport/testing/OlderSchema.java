package org.audioimport.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** A current catalogue's schema taken back to an older one's, for tests of what a migration does to it. */
public final class OlderSchema {
    private OlderSchema() {}

    /**
     * Takes the schema back to before V8 (lossless paths): the columns of V8 and of every migration after it
     * dropped, their records removed from Flyway's history, so that opening the catalogue migrates it again.
     */
    public static void beforeLosslessPaths(Connection catalogue) throws SQLException {
        try (Statement sql = catalogue.createStatement()) {
            sql.execute("ALTER TABLE file DROP COLUMN failed_read_support");
            sql.execute("ALTER TABLE file DROP COLUMN path_bytes");
            sql.execute("DELETE FROM flyway_schema_history WHERE version IN ('8', '9')");
        }
    }
}
