package org.audioimport.decode;

import java.io.Serial;

/**
 * Thrown by a {@link PcmSink} to stop the decoding of a file: the sink cannot go on (a native
 * library failed, the run is being cancelled). {@link AudioDecoder#decode} rethrows it unchanged
 * after freeing what it holds. Its message says why, in words a user understands.
 */
public class SinkException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    public SinkException(String message) {
        super(message);
    }

    public SinkException(String message, Throwable cause) {
        super(message, cause);
    }
}
