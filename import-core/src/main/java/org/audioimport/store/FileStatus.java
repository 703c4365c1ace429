package org.audioimport.store;

import java.util.Locale;

/**
 * A catalogued file's {@code file.status}, and the one place it maps to and from the column's text and to the
 * label a user sees. Whether a file is missing from disk is not a status: it is {@code missing_since}, kept
 * beside either status, and it comes first in the label.
 */
public enum FileStatus {
    /** Read and analysed; its rows are in. */
    IMPORTED,
    /** Could not be imported; {@code failure_reason} says why. */
    FAILED;

    /** How a file gone from disk is counted and shown, whatever its status. */
    public static final String MISSING = "missing";
    /** How a file with nothing audible in it is counted and shown, unless it is missing. */
    public static final String NO_AUDIO = "no audio";

    /**
     * How a file is counted ({@code status}) and shown ({@code show}): missing first, then no audio, else its
     * status.
     */
    public static String label(boolean missing, boolean noAudio, String status) {
        if (missing) {
            return MISSING;
        }
        return noAudio ? NO_AUDIO : status;
    }

    /** The column's text for this status. */
    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The status a column's text names. Compared, not upper-cased: a rescan reads a million of them, and a
     * copy each was a tenth of its garbage.
     */
    public static FileStatus of(String column) {
        for (FileStatus status : values()) {
            if (status.name().equalsIgnoreCase(column)) {
                return status;
            }
        }
        throw new IllegalArgumentException("no file status named " + column);
    }
}
