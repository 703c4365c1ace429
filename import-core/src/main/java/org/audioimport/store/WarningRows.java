package org.audioimport.store;

import static org.audioimport.store.schema.Tables.DECODE_WARNING;

import java.util.List;
import org.audioimport.decode.DecodeWarning;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** A file's decode warnings: replaced as a whole each time the file is written. */
final class WarningRows {
    private WarningRows() {}

    static void write(FileStatements out, Field<Long> fileId, List<DecodeWarning> warnings) {
        out.add(DSL.deleteFrom(DECODE_WARNING).where(DECODE_WARNING.FILE_ID.eq(fileId)));
        int seq = 0;
        for (DecodeWarning warning : warnings) {
            out.add(DSL.insertInto(DECODE_WARNING)
                    .set(DECODE_WARNING.FILE_ID, fileId)
                    .set(DECODE_WARNING.SEQ, seq++)
                    .set(DECODE_WARNING.POSITION_S, warning.seconds())
                    .set(DECODE_WARNING.MESSAGE, warning.message()));
        }
    }
}
