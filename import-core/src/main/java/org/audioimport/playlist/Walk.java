package org.audioimport.playlist;

import java.util.List;

/**
 * A walk's tracks in playing order, and which of them are its seeds (the first ones).
 *
 * @param seeds  the seeds, a later copy of an earlier seed's recording left out
 * @param tracks the seeds, then the tracks the walk chose
 */
record Walk(List<Candidate> seeds, List<Candidate> tracks) {
    Walk {
        seeds = List.copyOf(seeds);
        tracks = List.copyOf(tracks);
    }
}
