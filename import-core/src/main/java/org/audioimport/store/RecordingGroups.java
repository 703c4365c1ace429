package org.audioimport.store;

import static org.audioimport.store.schema.Tables.FILE;

import java.util.List;
import org.audioimport.store.schema.tables.File;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.impl.DSL;

/**
 * Keeps each group of copies of one recording whole when the file its copies point at ({@code
 * duplicate_of}, the group's first file) stops heading it: it failed, now holds another recording, or is
 * purged. Its first remaining copy, by id, becomes the group's first file and the other copies point at
 * that one, so that the recording is still one group: looked up once, listed once by {@code duplicates}.
 */
final class RecordingGroups {
    private RecordingGroups() {}

    /**
     * The statements that hand the groups headed by the files {@code leaving} selects (ids) over to their
     * first copy outside {@code leaving}; run before those files' rows change or go.
     */
    static List<Query> handOver(Select<? extends Record1<Long>> leaving) {
        File copy = FILE.as("copy");
        Field<Long> firstCopy = DSL.field(DSL.select(DSL.min(copy.ID))
                .from(copy)
                .where(copy.DUPLICATE_OF.eq(FILE.DUPLICATE_OF))
                .and(copy.ID.notIn(leaving)));
        // The first copy keeps pointing at the leaving file until the others point at it, so it stays
        // the smallest id among the copies for every row this update touches.
        Query othersToFirst = DSL.update(FILE)
                .set(FILE.DUPLICATE_OF, firstCopy)
                .where(FILE.DUPLICATE_OF.in(leaving))
                .and(FILE.ID.notIn(leaving))
                .and(FILE.ID.gt(firstCopy));
        Query firstHeads = DSL.update(FILE)
                .set(FILE.DUPLICATE_OF, (Long) null)
                .where(FILE.DUPLICATE_OF.in(leaving))
                .and(FILE.ID.notIn(leaving));
        return List.of(othersToFirst, firstHeads);
    }
}
