package org.audioimport.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;

/**
 * The wall-clock time since it started, the process's CPU time and the CPU time other processes took
 * meanwhile. On a shared machine the three say what the wall clock alone cannot: whether a parallel
 * build got its cores, or lost them to others.
 */
final class Stopwatch {
    private final OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final long wallStart = System.nanoTime();
    private final long cpuStart = os.getProcessCpuTime();
    private final double machineStart = MachineCpu.busySeconds();

    double wallSeconds() {
        return (System.nanoTime() - wallStart) / 1e9;
    }

    /** CPU time of every thread of the process, the JIT compiler's and the collector's included. */
    double cpuSeconds() {
        return (os.getProcessCpuTime() - cpuStart) / 1e9;
    }

    /**
     * The machine's busy CPU time less this process's, at least 0 (the machine's count moves in 10 ms
     * ticks); NaN where the machine's count cannot be read.
     */
    double othersCpuSeconds() {
        return Math.max(0, MachineCpu.busySeconds() - machineStart - cpuSeconds());
    }
}
