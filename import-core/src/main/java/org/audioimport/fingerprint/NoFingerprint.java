package org.audioimport.fingerprint;

import java.util.Objects;

/**
 * A file that has no meaningful fingerprint. Stored as "no fingerprint", never as Chromaprint's
 * empty one ("AQAAAA").
 *
 * @param reason  why, in words a user understands
 * @param seconds audio seen, in seconds (0 when none)
 * @param version the {@link FingerprintSink#VERSION} that decided there is none
 */
public record NoFingerprint(Reason reason, double seconds, int version) implements FingerprintOutcome {

    /** No fingerprint, as the current algorithm decided. */
    public NoFingerprint(Reason reason, double seconds) {
        this(reason, seconds, FingerprintSink.VERSION);
    }

    /** Why there is no fingerprint. */
    public enum Reason {
        /** No audio reached the fingerprinter. */
        NO_AUDIO("no audio"),
        /** The audio is silent (peak below -60 dBFS): its fingerprint would match every other silence. */
        SILENCE("the audio is silent"),
        /** Too little audio for Chromaprint to compute anything (under about 3 seconds). */
        TOO_SHORT("the audio is too short to fingerprint");

        private final String words;

        Reason(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public NoFingerprint {
        Objects.requireNonNull(reason, "reason");
    }
}
