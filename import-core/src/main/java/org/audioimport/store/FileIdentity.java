package org.audioimport.store;

/**
 * A file's identity as {@code show} reports it. {@code status} is {@code pending} (a fingerprint not yet
 * looked up, or looked up before the file last changed), or the lookup's status. {@code lookup} is null
 * while pending; {@code recording} is set when matched.
 */
public record FileIdentity(String status, IdentityLookup lookup, IdentityRecording recording) {
    public static final String PENDING = "pending";
}
