package org.audioimport.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;

/**
 * The wall-clock time and the process's CPU time since it started. On a shared machine the pair says
 * what the wall clock alone cannot: whether a parallel build got its cores, or lost them to others.
 */
final class Stopwatch {
    private final OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final long wallStart = System.nanoTime();
    private final long cpuStart = os.getProcessCpuTime();

    double wallSeconds() {
        return (System.nanoTime() - wallStart) / 1e9;
    }

    /** CPU time of every thread of the process, the JIT compiler's and the collector's included. */
    double cpuSeconds() {
        return (os.getProcessCpuTime() - cpuStart) / 1e9;
    }
}
