package org.audioimport.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The writer's prepared statements, kept by SQL text. A file's statements come in a few dozen shapes,
 * whatever the file, so each is parsed by SQLite once per run instead of once per file. The least
 * recently used is closed past {@link #LIMIT}, so an unusual shape cannot make the set grow.
 */
final class PreparedStatements implements AutoCloseable {
    private static final int LIMIT = 64;

    private final Connection connection;
    private final Map<String, PreparedStatement> bySql = new LinkedHashMap<>(LIMIT, 0.75f, true);

    PreparedStatements(Connection connection) {
        this.connection = connection;
    }

    PreparedStatement of(String sql) throws SQLException {
        PreparedStatement statement = bySql.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            bySql.put(sql, statement);
            if (bySql.size() > LIMIT) {
                Iterator<PreparedStatement> eldest = bySql.values().iterator();
                PreparedStatement evicted = eldest.next();
                eldest.remove();
                evicted.close();
            }
        }
        return statement;
    }

    @Override
    public void close() throws SQLException {
        SQLException first = null;
        for (PreparedStatement statement : bySql.values()) {
            try {
                statement.close();
            } catch (SQLException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        bySql.clear();
        if (first != null) {
            throw first;
        }
    }
}
