package org.audioimport.identify;

/**
 * A lookup that could not be made or understood: the service unreachable, too slow, refusing, or
 * answering something that is not what its documentation promises. The message is the reason as a user
 * reads it in {@code show}; the lookup is tried again later.
 */
public final class LookupException extends Exception {
    private static final long serialVersionUID = 1L;

    LookupException(String reason) {
        super(reason);
    }

    LookupException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
