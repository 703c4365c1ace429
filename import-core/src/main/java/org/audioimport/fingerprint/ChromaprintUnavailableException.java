package org.audioimport.fingerprint;

import java.io.Serial;

/** The Chromaprint library is not installed or cannot be loaded; the message says what to do. */
public final class ChromaprintUnavailableException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    ChromaprintUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
