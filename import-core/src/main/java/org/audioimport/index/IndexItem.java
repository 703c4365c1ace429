package org.audioimport.index;

import java.util.Objects;

/**
 * One vector to index under a catalogue row id. The index copies the vector when it inserts it; the
 * caller must not change the array while the insert that carries it runs.
 */
public record IndexItem(long id, float[] vector) {
    public IndexItem {
        Objects.requireNonNull(vector, "vector");
    }
}
