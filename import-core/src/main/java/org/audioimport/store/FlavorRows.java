package org.audioimport.store;

import static org.audioimport.store.schema.Tables.FLAVOR;
import static org.audioimport.store.schema.Tables.PASSAGE_FLAVOR;

import java.util.List;
import org.audioimport.flavor.FileFlavor;
import org.audioimport.flavor.FlavorOutcome;
import org.audioimport.flavor.FlavorVector;
import org.audioimport.flavor.NoFlavor;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * A file's flavor rows: replaced as a whole inside the file's one transaction. The passages' rows
 * refer to the passage rows, so they are written after them.
 */
final class FlavorRows {
    private FlavorRows() {}

    static void write(FileStatements out, Field<Long> fileId, FileFlavor flavor) {
        clear(out, fileId);
        FlavorOutcome whole = flavor.whole();
        out.add(DSL.insertInto(FLAVOR)
                .set(FLAVOR.FILE_ID, fileId)
                .set(FLAVOR.VERSION, flavor.version())
                .set(FLAVOR.VECTOR, vectorBytes(whole))
                .set(FLAVOR.NO_VECTOR, noVectorReason(whole)));
        List<FlavorOutcome> passages = flavor.passages();
        for (int seq = 0; seq < passages.size(); seq++) {
            out.add(DSL.insertInto(PASSAGE_FLAVOR)
                    .set(PASSAGE_FLAVOR.FILE_ID, fileId)
                    .set(PASSAGE_FLAVOR.SEQ, seq)
                    .set(PASSAGE_FLAVOR.VECTOR, vectorBytes(passages.get(seq)))
                    .set(PASSAGE_FLAVOR.NO_VECTOR, noVectorReason(passages.get(seq))));
        }
    }

    static void clear(FileStatements out, Field<Long> fileId) {
        out.add(DSL.deleteFrom(PASSAGE_FLAVOR).where(PASSAGE_FLAVOR.FILE_ID.eq(fileId)));
        out.add(DSL.deleteFrom(FLAVOR).where(FLAVOR.FILE_ID.eq(fileId)));
    }

    private static byte[] vectorBytes(FlavorOutcome outcome) {
        return outcome instanceof FlavorVector vector ? VectorBlob.toBytes(vector.values()) : null;
    }

    private static String noVectorReason(FlavorOutcome outcome) {
        return outcome instanceof NoFlavor none ? none.reason().words() : null;
    }
}
