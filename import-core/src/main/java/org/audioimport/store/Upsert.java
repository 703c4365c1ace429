package org.audioimport.store;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * SQLite's upsert as the store writes it: the columns are gathered once, set by the insert, and on a key
 * conflict every one of them takes the value the insert tried to write, so the two halves cannot drift.
 */
final class Upsert {
    private Upsert() {}

    /**
     * Inserts {@code insertOnly} and {@code columns}; when the row's {@code key} is taken already, updates
     * {@code columns} alone, so what only a new row gets (its key, when it was first seen) stays as it was.
     */
    static <R extends Record> Query into(
            Table<R> table, Field<?> key, Map<Field<?>, Object> insertOnly, Map<Field<?>, Object> columns) {
        Map<Field<?>, Object> inserted = new LinkedHashMap<>(insertOnly);
        inserted.putAll(columns);
        return DSL.insertInto(table).set(inserted).onConflict(key).doUpdate().set(excludedValuesOf(columns));
    }

    /** The update half: each of {@code columns} set to the value the insert tried to write. */
    private static Map<Field<?>, Object> excludedValuesOf(Map<Field<?>, Object> columns) {
        Map<Field<?>, Object> excluded = new LinkedHashMap<>();
        for (Field<?> field : columns.keySet()) {
            excluded.put(field, DSL.excluded(field));
        }
        return excluded;
    }
}
