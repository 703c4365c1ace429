package org.audioimport.similar;

/** A similarity question that has no answer, such as a file that is not catalogued or has no flavor. */
public final class SimilarityException extends Exception {
    private static final long serialVersionUID = 1L;

    SimilarityException(String message) {
        super(message);
    }
}
