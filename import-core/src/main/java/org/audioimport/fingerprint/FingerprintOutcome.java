package org.audioimport.fingerprint;

/** What fingerprinting a file gave: a {@link Fingerprint}, or {@link NoFingerprint} and why. */
public sealed interface FingerprintOutcome permits Fingerprint, NoFingerprint {
    /** The {@link FingerprintSink#VERSION} of the algorithm that gave this outcome. */
    int version();
}
