package org.audioimport.identify;

/**
 * One pass through the queue: files matched, without a match and failed, the requests sent, the files
 * still due afterwards, and why the pass stopped early ({@code null} when it ran out of work or reached
 * its limit). {@code disabled} is true when no AcoustID key is configured and nothing was done.
 */
public record IdentifyReport(
        int matched,
        int noMatch,
        int failed,
        int requests,
        int stillDue,
        String stoppedBecause,
        boolean interrupted,
        boolean disabled) {
    public int identified() {
        return matched + noMatch + failed;
    }
}
