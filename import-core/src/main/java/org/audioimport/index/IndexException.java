package org.audioimport.index;

import java.util.Objects;

/** The index refused an insert or a query; {@link #error()} says why, as a type a caller can switch over. */
public final class IndexException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient IndexError error;

    IndexException(IndexError error) {
        super(error.describe());
        this.error = error;
    }

    IndexException(IndexError.Internal error, Throwable cause) {
        super(error.describe(), cause);
        this.error = error;
    }

    public IndexError error() {
        return Objects.requireNonNull(error, "the error does not survive serialisation");
    }
}
