package org.audioimport.analyze;

import org.audioimport.decode.Ticks;

/**
 * A fade: a steady ramp of the level between silence (or near it) and the body of the music.
 * For a fade-in, {@code startTicks} is the start of the passage and {@code endTicks} where the
 * level reaches the body; for a fade-out, from where the level leaves the body to the end of the
 * passage. Positions are in ticks from the start of the file.
 */
public record Fade(long startTicks, long endTicks) {

    public Fade {
        if (endTicks <= startTicks) {
            throw new IllegalArgumentException("empty fade: " + startTicks + ".." + endTicks);
        }
    }

    public long durationTicks() {
        return endTicks - startTicks;
    }

    /** Duration in seconds, for display. */
    public double seconds() {
        return (double) durationTicks() / Ticks.PER_SECOND;
    }
}
