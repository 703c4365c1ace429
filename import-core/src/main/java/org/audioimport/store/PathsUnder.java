package org.audioimport.store;

import static org.audioimport.store.schema.Tables.FILE;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.audioimport.scanning.PathText;
import org.jooq.Condition;

/**
 * Which catalogued paths lie under some roots, as conditions SQLite answers from the path's index: one for
 * each root, after the roots inside another are dropped, so that no path lies under two. Not one condition
 * for all: SQLite refuses an expression more than 1,000 deep, and a chain of ORs is as deep as it is long
 * ({@code import ~/Music/*} over a thousand album folders failed that way); a chain of a few hundred roots
 * is also checked whole against every row it finds, which made the prefetch of a million-file rescan take
 * 35 s instead of 2. The callers run a statement a root and add up what each finds.
 */
final class PathsUnder {
    private PathsUnder() {}

    /**
     * {@code FILE.PATH} is the root or lies under it, a condition for each root. A range, not LIKE:
     * SQLite's LIKE ignores ASCII case, so /Music/ would take /music/ with it. Every path under "root/"
     * sorts from "root/" up to, not including, "root0" ('0' follows '/').
     */
    static List<Condition> eachRoot(List<Path> roots) {
        List<Condition> conditions = new ArrayList<>();
        for (Path root : outermost(roots)) {
            String text = PathText.of(root);
            String folder = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
            conditions.add(FILE.PATH.eq(text).or(FILE.PATH.ge(folder + "/").and(FILE.PATH.lt(folder + "0"))));
        }
        return conditions;
    }

    /** The roots, absolute, once each, without those inside another. */
    private static List<Path> outermost(List<Path> roots) {
        List<Path> sorted = roots.stream()
                .map(root -> root.toAbsolutePath().normalize())
                .distinct()
                .sorted(Comparator.comparingInt(Path::getNameCount))
                .toList();
        List<Path> kept = new ArrayList<>();
        for (Path root : sorted) {
            if (kept.stream().noneMatch(root::startsWith)) {
                kept.add(root);
            }
        }
        return kept;
    }
}
