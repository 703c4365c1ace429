package org.audioimport.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Every row of a catalogue, table by table, as text in a stable order: for comparing whole records. */
public final class CatalogueRows {
    private CatalogueRows() {}

    /** The rows of every table but those in {@code leftOut}, each row's columns joined, the rows sorted. */
    public static Map<String, List<String>> of(Path catalogue, Set<String> leftOut) throws SQLException {
        Map<String, List<String>> tables = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + catalogue)) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = c.createStatement()
                    .executeQuery("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            for (String name : names) {
                if (!leftOut.contains(name)) {
                    tables.put(name, rows(c, name));
                }
            }
        }
        return tables;
    }

    private static List<String> rows(Connection c, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery("select * from \"" + table + "\"")) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    Object value = rs.getObject(i);
                    row.append(
                                    value instanceof byte[] bytes
                                            ? java.util.HexFormat.of().formatHex(bytes)
                                            : value)
                            .append('|');
                }
                rows.add(row.toString());
            }
        }
        rows.sort(null);
        return rows;
    }
}
