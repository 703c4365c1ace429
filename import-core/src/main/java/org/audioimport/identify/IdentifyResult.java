package org.audioimport.identify;

import java.time.Duration;
import org.audioimport.store.IdentityQueueItem;

/**
 * What identifying one file came to: {@code status} as stored ({@code matched}, {@code no_match} or
 * {@code error}), the error's reason or null, how many requests it took (0 when the catalogue already knew
 * the answer), and the pause a service asked for before it may be called again (null unless it did).
 */
public record IdentifyResult(IdentityQueueItem file, String status, String error, int requests, Duration servicePause) {
    IdentifyResult(IdentityQueueItem file, String status, String error, int requests) {
        this(file, status, error, requests, null);
    }
}
