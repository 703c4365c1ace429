package org.audioimport.store;

import java.nio.file.Path;

/** The catalogue cannot be opened, migrated or used; the message says which file and why. */
public final class CatalogueException extends Exception {
    private static final long serialVersionUID = 1L;

    public CatalogueException(Path file, String reason, Throwable cause) {
        super("catalogue " + file + ": " + reason, cause);
    }

    public CatalogueException(Path file, String reason) {
        this(file, reason, null);
    }
}
