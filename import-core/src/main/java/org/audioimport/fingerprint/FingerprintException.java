package org.audioimport.fingerprint;

import java.io.Serial;
import org.audioimport.decode.SinkException;

/**
 * Chromaprint failed on a file's audio: one of its calls returned failure. A {@link
 * SinkException}, so when it happens while decoding it stops the decoding of that file.
 */
public final class FingerprintException extends SinkException {

    @Serial
    private static final long serialVersionUID = 1L;

    FingerprintException(String message) {
        super(message);
    }
}
