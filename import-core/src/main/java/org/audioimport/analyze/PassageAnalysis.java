package org.audioimport.analyze;

import java.util.Objects;
import org.audioimport.segment.Passage;

/**
 * The analysis of one passage.
 *
 * @param passage  the passage, as the segment phase found it
 * @param loudness its loudness and peaks
 * @param envelope its lead-in, lead-out and fades
 */
public record PassageAnalysis(Passage passage, Loudness loudness, Envelope envelope) {

    public PassageAnalysis {
        Objects.requireNonNull(passage, "passage");
        Objects.requireNonNull(loudness, "loudness");
        Objects.requireNonNull(envelope, "envelope");
    }
}
