package org.audioimport.series;

import java.io.IOException;
import java.io.Serial;
import java.io.UncheckedIOException;

/**
 * A series could not move its pages to or from its temporary file (the folder is missing, read-only
 * or full). Unchecked, because the phases that fill a series take audio through methods that throw
 * nothing; the worker turns it into the file's failure. The message names the folder and the reason.
 */
public final class SpillException extends UncheckedIOException {

    @Serial
    private static final long serialVersionUID = 1L;

    SpillException(String message, IOException cause) {
        super(message, cause);
    }
}
