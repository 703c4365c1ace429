package org.audioimport.fingerprint;

/** What fingerprinting a file gave: a {@link Fingerprint}, or {@link NoFingerprint} and why. */
public sealed interface FingerprintOutcome permits Fingerprint, NoFingerprint {
}
