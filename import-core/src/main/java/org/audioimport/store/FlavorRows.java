package org.audioimport.store;

import static org.audioimport.store.schema.Tables.FLAVOR;
import static org.audioimport.store.schema.Tables.PASSAGE_FLAVOR;

import java.util.List;
import org.audioimport.flavor.FileFlavor;
import org.audioimport.flavor.FlavorOutcome;
import org.audioimport.flavor.FlavorVector;
import org.audioimport.flavor.NoFlavor;
import org.jooq.DSLContext;

/**
 * A file's flavor rows: replaced as a whole inside the file's one transaction. The passages' rows
 * refer to the passage rows, so they are written after them.
 */
final class FlavorRows {
    private FlavorRows() {
    }

    static void write(DSLContext sql, long fileId, FileFlavor flavor) {
        clear(sql, fileId);
        FlavorOutcome whole = flavor.whole();
        sql.insertInto(FLAVOR)
                .set(FLAVOR.FILE_ID, fileId)
                .set(FLAVOR.VERSION, whole instanceof FlavorVector vector ? vector.version() : FlavorVector.VERSION)
                .set(FLAVOR.VECTOR, vectorBytes(whole))
                .set(FLAVOR.NO_VECTOR, noVectorReason(whole))
                .execute();
        List<FlavorOutcome> passages = flavor.passages();
        for (int seq = 0; seq < passages.size(); seq++) {
            sql.insertInto(PASSAGE_FLAVOR)
                    .set(PASSAGE_FLAVOR.FILE_ID, fileId)
                    .set(PASSAGE_FLAVOR.SEQ, seq)
                    .set(PASSAGE_FLAVOR.VECTOR, vectorBytes(passages.get(seq)))
                    .set(PASSAGE_FLAVOR.NO_VECTOR, noVectorReason(passages.get(seq)))
                    .execute();
        }
    }

    static void clear(DSLContext sql, long fileId) {
        sql.deleteFrom(PASSAGE_FLAVOR).where(PASSAGE_FLAVOR.FILE_ID.eq(fileId)).execute();
        sql.deleteFrom(FLAVOR).where(FLAVOR.FILE_ID.eq(fileId)).execute();
    }

    private static byte[] vectorBytes(FlavorOutcome outcome) {
        return outcome instanceof FlavorVector vector ? VectorBlob.toBytes(vector.values()) : null;
    }

    private static String noVectorReason(FlavorOutcome outcome) {
        return outcome instanceof NoFlavor none ? none.reason().words() : null;
    }
}
