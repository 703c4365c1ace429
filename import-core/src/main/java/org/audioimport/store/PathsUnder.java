package org.audioimport.store;

import static org.audioimport.store.schema.Tables.FILE;

import java.nio.file.Path;
import java.util.List;
import org.audioimport.scanning.PathText;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/** Which catalogued paths lie under some roots, as a condition SQLite answers from the path's index. */
final class PathsUnder {
    private PathsUnder() {}

    /**
     * {@code FILE.PATH} is one of {@code roots} or lies under one. A range, not LIKE: SQLite's LIKE ignores
     * ASCII case, so /Music/ would take /music/ with it. Every path under "root/" sorts from "root/" up to,
     * not including, "root0" ('0' follows '/').
     */
    static Condition of(List<Path> roots) {
        Condition under = DSL.falseCondition();
        for (Path root : roots) {
            String text = PathText.of(root.toAbsolutePath().normalize());
            String folder = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
            under = under.or(FILE.PATH.eq(text)).or(FILE.PATH.ge(folder + "/").and(FILE.PATH.lt(folder + "0")));
        }
        return under;
    }
}
