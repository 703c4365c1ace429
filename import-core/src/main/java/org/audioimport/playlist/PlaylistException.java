package org.audioimport.playlist;

/** A playlist that cannot be built as asked: a seed that is not a catalogued track with a flavor vector. */
public final class PlaylistException extends Exception {
    private static final long serialVersionUID = 1L;

    PlaylistException(String message) {
        super(message);
    }
}
