package org.audioimport.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.OptionalLong;

/**
 * Measures one pass from {@link #start} to {@link #stop}. Before it starts, a full GC and a reset of the
 * memory high-water mark make the peak the pass's own: the garbage a previous pass left is not counted
 * (as far as the collector returns it to the system).
 */
final class PassMeter {
    private static final OperatingSystemMXBean OS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final long startedNanos;
    private final long startedCpuNanos;
    private final boolean peakKnown;

    private PassMeter(boolean peakKnown) {
        this.peakKnown = peakKnown;
        this.startedCpuNanos = OS.getProcessCpuTime();
        this.startedNanos = System.nanoTime();
    }

    static PassMeter start() {
        System.gc();
        return new PassMeter(PeakMemory.reset());
    }

    PassCost stop() {
        double wall = (System.nanoTime() - startedNanos) / 1e9;
        double cpu = (OS.getProcessCpuTime() - startedCpuNanos) / 1e9;
        OptionalLong peak = peakKnown ? PeakMemory.peakBytes() : OptionalLong.empty();
        return new PassCost(wall, cpu, Runtime.getRuntime().availableProcessors(), peak);
    }
}
