package org.audioimport.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreparedStatementsTest {
    @TempDir
    Path dir;

    @Test
    void keepsAStatementPerSqlTextAndClosesTheLeastRecentlyUsedPastItsLimit() throws Exception {
        Catalogue catalogue = Catalogue.open(dir.resolve("library.db"));
        try (Connection connection = catalogue.connect();
                PreparedStatements prepared = new PreparedStatements(connection)) {
            PreparedStatement first = prepared.of("SELECT 0");
            PreparedStatement second = prepared.of("SELECT 1");
            assertSame(first, prepared.of("SELECT 0"), "the same text gives the same statement");

            for (int i = 2; i <= 64; i++) {
                prepared.of("SELECT " + i);
            }

            assertTrue(second.isClosed(), "the least recently used statement is closed past 64");
            assertFalse(first.isClosed(), "a statement used since is kept");
            assertNotSame(second, prepared.of("SELECT 1"));
        }
    }

    @Test
    void closingClosesEveryStatementKept() throws Exception {
        Catalogue catalogue = Catalogue.open(dir.resolve("library.db"));
        try (Connection connection = catalogue.connect()) {
            PreparedStatements prepared = new PreparedStatements(connection);
            PreparedStatement statement = prepared.of("SELECT 1");

            prepared.close();

            assertTrue(statement.isClosed());
        }
    }
}
