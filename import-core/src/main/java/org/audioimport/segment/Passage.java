package org.audioimport.segment;

import org.audioimport.decode.Ticks;

/**
 * A stretch of audio between silences, from its first sound sample to just after its last.
 * Positions count from the start of the decoded audio.
 *
 * @param startFrame first frame of the passage (a sound sample)
 * @param endFrame   frame just after the last sound sample (exclusive)
 * @param startTicks {@code startFrame} in ticks, see {@link Ticks}
 * @param endTicks   {@code endFrame} in ticks
 */
public record Passage(long startFrame, long endFrame, long startTicks, long endTicks) {

    public Passage {
        if (startFrame < 0 || endFrame <= startFrame || endTicks < startTicks) {
            throw new IllegalArgumentException("empty or reversed passage: frames " + startFrame + ".." + endFrame
                    + ", ticks " + startTicks + ".." + endTicks);
        }
    }

    /** The passage from {@code startFrame} (inclusive) to {@code endFrame} (exclusive) at {@code sampleRate}. */
    public static Passage ofFrames(long startFrame, long endFrame, int sampleRate) {
        return new Passage(
                startFrame, endFrame, Ticks.fromFrames(startFrame, sampleRate), Ticks.fromFrames(endFrame, sampleRate));
    }

    public long frames() {
        return endFrame - startFrame;
    }

    public long durationTicks() {
        return endTicks - startTicks;
    }

    /** Start in seconds, for display. */
    public double startSeconds() {
        return (double) startTicks / Ticks.PER_SECOND;
    }

    /** End in seconds, for display. */
    public double endSeconds() {
        return (double) endTicks / Ticks.PER_SECOND;
    }
}
