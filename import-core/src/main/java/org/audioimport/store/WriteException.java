package org.audioimport.store;

/**
 * A write did not commit (the catalogue stayed busy, its disk is full or failing, or a statement failed);
 * nothing of it was written.
 */
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

    /**
     * True when the catalogue's own disk is full or failing: no write can succeed until it is fixed, and no
     * file is to blame. {@link #reason()} then names the catalogue and the free space.
     */
    public boolean catalogueDiskFailed() {
        return getCause() instanceof CatalogueDiskException;
    }

    /** The reason without the path, for the file's own failure record. */
    public String reason() {
        return reason;
    }
}
