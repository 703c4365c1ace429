package org.audioimport.store;

import static org.audioimport.store.schema.Tables.FILE;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.audioimport.scanning.PathText;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/**
 * Which catalogued paths lie under some roots, as conditions SQLite answers from the path's index. SQLite
 * refuses an expression more than 1,000 deep, and a chain of ORs is as deep as it is long: {@code import
 * ~/Music/*} over a thousand album folders once failed that way. So the roots come in groups of {@value
 * #ROOTS_PER_CONDITION}, one condition each, after the roots inside another are dropped: no path lies under
 * two groups, and the callers add up what each group's query finds.
 */
final class PathsUnder {
    static final int ROOTS_PER_CONDITION = 200;

    private PathsUnder() {}

    /**
     * {@code FILE.PATH} is one of {@code roots} or lies under one, a condition for each group of roots. A
     * range, not LIKE: SQLite's LIKE ignores ASCII case, so /Music/ would take /music/ with it. Every path
     * under "root/" sorts from "root/" up to, not including, "root0" ('0' follows '/').
     */
    static List<Condition> of(List<Path> roots) {
        List<Path> outermost = outermost(roots);
        List<Condition> groups = new ArrayList<>();
        for (int from = 0; from < outermost.size(); from += ROOTS_PER_CONDITION) {
            Condition under = DSL.falseCondition();
            for (Path root : outermost.subList(from, Math.min(outermost.size(), from + ROOTS_PER_CONDITION))) {
                String text = PathText.of(root);
                String folder = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
                under = under.or(FILE.PATH.eq(text))
                        .or(FILE.PATH.ge(folder + "/").and(FILE.PATH.lt(folder + "0")));
            }
            groups.add(under);
        }
        return groups;
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
