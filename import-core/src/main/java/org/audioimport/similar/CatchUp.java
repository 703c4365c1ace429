package org.audioimport.similar;

/**
 * What one catch-up from the catalogue did.
 *
 * @param inserted vectors added to the index
 * @param seconds  wall time of the reading, the batch insert and the save
 */
public record CatchUp(int inserted, double seconds) {
    static final CatchUp NOTHING = new CatchUp(0, 0);
}
