package org.audioimport.store;

/** A file's transaction did not commit (the catalogue stayed busy, or a statement failed); nothing of it was written. */
public final class WriteException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String reason;

    public WriteException(String subject, String reason, Throwable cause) {
        super(subject + ": " + reason, cause);
        this.reason = reason;
    }

    /** True when the catalogue stayed locked by another process for the whole retry time. */
    public boolean catalogueStayedBusy() {
        return getCause() instanceof BusyRetry.BusyException;
    }

    /** The reason without the path, for the file's own failure record. */
    public String reason() {
        return reason;
    }
}
