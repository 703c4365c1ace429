package org.audioimport.store;

import java.util.List;

/**
 * Flavor vectors newer than a mark, and the newest flavor row when they were read.
 *
 * @param vectors    the new vectors, in row id order
 * @param newestRowId the highest flavor row id in the catalogue when read: every row up to it is committed,
 *                    so once these vectors are in, nothing at or below it is still to come
 */
public record FlavorRowsAfter(List<StoredVector> vectors, long newestRowId) {
    public FlavorRowsAfter {
        vectors = List.copyOf(vectors);
    }
}
