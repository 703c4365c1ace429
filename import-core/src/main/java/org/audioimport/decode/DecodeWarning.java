package org.audioimport.decode;

import java.util.Objects;

/**
 * A problem met while decoding a file that did not stop it: a damaged frame that was skipped, a
 * read error, or audio that ends before the length the file declares.
 *
 * @param frame   frames decoded before the problem, that is its position in the output
 * @param seconds the same position in seconds
 * @param message what happened, in words a user understands
 */
public record DecodeWarning(long frame, double seconds, String message) {

    public DecodeWarning {
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "at %.3f s (frame %d): %s", seconds, frame, message);
    }
}
