package org.audioimport.similar;

import java.util.List;

/**
 * What {@code index verify} found.
 *
 * @param indexed   vectors in the index file
 * @param live      of those, the ones of present, imported files
 * @param stale     of those, the ones whose file was changed, purged or refreshed since (kept until a rebuild)
 * @param pending   vectors in the catalogue the index has not caught up with yet
 * @param caughtUpTo the highest flavor row id the index has caught up to
 * @param problems  what is wrong: a damaged graph, or vectors that disagree with the catalogue
 */
public record IndexHealth(int indexed, int live, int stale, int pending, long caughtUpTo, List<String> problems) {
    public IndexHealth {
        problems = List.copyOf(problems);
    }

    public boolean isSound() {
        return problems.isEmpty();
    }
}
