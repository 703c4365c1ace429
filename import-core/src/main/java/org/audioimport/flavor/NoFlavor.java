package org.audioimport.flavor;

import java.util.Objects;

/**
 * Audio that has no meaningful flavor vector. Stored as "no flavor", never as a vector of zeros.
 *
 * @param reason  why, in words a user understands
 * @param seconds audio analysed in the file or range, in seconds (0 when none)
 */
public record NoFlavor(Reason reason, double seconds) implements FlavorOutcome {

    /** Why there is no vector. */
    public enum Reason {
        /** No audio reached the flavor phase. */
        NO_AUDIO("no audio"),
        /** Less than {@value FlavorProfile#MIN_SECONDS} s of audio: too little for tempo and statistics. */
        TOO_SHORT("the audio is too short to describe"),
        /** Less than {@value FlavorProfile#MIN_SOUND_SECONDS} s above -60 dBFS: nothing to describe. */
        SILENCE("the audio is silent"),
        /** The range lies past the analysis limit (the first N seconds of each file). */
        NOT_ANALYSED("the range is beyond the part of the file analysed");

        private final String words;

        Reason(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public NoFlavor {
        Objects.requireNonNull(reason, "reason");
    }
}
