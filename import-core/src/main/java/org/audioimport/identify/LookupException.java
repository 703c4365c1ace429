package org.audioimport.identify;

import java.time.Duration;

/**
 * A lookup that could not be made or understood: the service unreachable, too slow, refusing, or
 * answering something that is not what its documentation promises. The message is the reason as a user
 * reads it in {@code show}; the lookup is tried again later, and not before the pause the service asked for.
 */
public final class LookupException extends Exception {
    private static final long serialVersionUID = 1L;

    /** How long the service asked not to be called again, when longer than a lookup waits in place; else null. */
    private final Duration servicePause;

    LookupException(String reason) {
        this(reason, (Duration) null);
    }

    LookupException(String reason, Duration servicePause) {
        super(reason);
        this.servicePause = servicePause;
    }

    LookupException(String reason, Throwable cause) {
        super(reason, cause);
        this.servicePause = null;
    }

    Duration servicePause() {
        return servicePause;
    }
}
