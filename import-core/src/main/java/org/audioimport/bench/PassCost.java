package org.audioimport.bench;

import java.util.OptionalLong;

/**
 * What one measured pass cost: wall time, the process's CPU time (every thread, the JVM's own included),
 * the cores the machine has, and the peak resident memory during the pass, when the system can tell.
 */
public record PassCost(double wallSeconds, double cpuSeconds, int cores, OptionalLong peakRssBytes) {
    /** The share of the machine's cores the pass kept busy: 1.0 is every core for the whole pass. */
    public double cpuUse() {
        return wallSeconds == 0 ? 0 : cpuSeconds / wallSeconds / cores;
    }
}
