package org.audioimport.cli;

/** The similarity index file beside the catalogue cannot be read or written: exit 3, as for the catalogue. */
final class IndexUnusableException extends Exception {
    private static final long serialVersionUID = 1L;

    IndexUnusableException(String message, Throwable cause) {
        super(message, cause);
    }
}
