package org.audioimport.store;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * SQLite's upsert as the store writes it: the columns are gathered once, set by the insert, and on a key
 * conflict every one of them takes the value the insert tried to write, so the two halves cannot drift.
 */
final class Upsert {
    private Upsert() {}

    /** The update half: each of {@code columns} set to the value the insert tried to write. */
    static Map<Field<?>, Object> excludedValuesOf(Map<Field<?>, Object> columns) {
        Map<Field<?>, Object> excluded = new LinkedHashMap<>();
        for (Field<?> field : columns.keySet()) {
            excluded.put(field, DSL.excluded(field));
        }
        return excluded;
    }
}
