package org.audioimport.identify;

import org.audioimport.store.IdentityQueueItem;

/**
 * What identifying one file came to: {@code status} as stored ({@code matched}, {@code no_match} or
 * {@code error}), the error's reason or null, and how many requests it took (0 when the catalogue
 * already knew the answer).
 */
public record IdentifyResult(IdentityQueueItem file, String status, String error, int requests) {}
