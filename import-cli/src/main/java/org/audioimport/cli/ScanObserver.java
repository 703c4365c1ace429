package org.audioimport.cli;

import org.audioimport.pipeline.ImportListener;
import org.audioimport.pipeline.ImportSummary;
import org.audioimport.schedule.ScanRequest;

/**
 * Told of each daemon scan as it runs, on the scan's thread: the HTTP API's progress and metrics, and
 * any work that belongs between scans (it runs in {@link #scanFinished} or {@link #scanFailed}, before
 * the next scan may start). Every method does nothing by default.
 */
public interface ScanObserver {
    default void scanStarting(ScanRequest request) {}

    /** Hears the scan's files; asked once per scan. */
    default ImportListener listener() {
        return ImportListener.NONE;
    }

    /** Hears each write transaction's hold time, in nanoseconds. */
    default void transactionHeld(long nanos) {}

    /** The running scan was asked to stop. */
    default void scanStopping() {}

    default void scanFinished(ImportSummary summary) {}

    /** The scan could not run to a summary; {@code reason} says why. */
    default void scanFailed(String reason) {}
}
