package org.audioimport.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The busy CPU time of the whole machine, every process together, read from Linux's /proc/stat. Beside
 * the process's own CPU time it tells how much of the machine other processes took during a build.
 */
final class MachineCpu {
    private static final Path STAT = Path.of("/proc/stat");
    /** /proc/stat counts in USER_HZ, which Linux fixes at 100 for user space on every architecture. */
    private static final double TICKS_PER_SECOND = 100;

    private MachineCpu() {}

    /** Busy CPU seconds of all cores since boot, or NaN where /proc/stat cannot be read. */
    static double busySeconds() {
        try {
            String total = Files.readAllLines(STAT).getFirst();
            return busySeconds(total);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** From the first line, "cpu user nice system idle iowait irq softirq steal ...": all but idle and iowait. */
    static double busySeconds(String totalLine) {
        String[] fields = totalLine.trim().split("\\s+", -1);
        long busy = 0;
        for (int field = 1; field <= 8 && field < fields.length; field++) {
            if (field != 4 && field != 5) {
                busy += Long.parseLong(fields[field]);
            }
        }
        return busy / TICKS_PER_SECOND;
    }
}
