package org.audioimport.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MachineCpuTest {

    @Test
    void busyTimeIsEveryFieldButIdleAndIowaitInHundredthsOfASecond() {
        // user nice system idle iowait irq softirq steal guest guest_nice; guest time is inside user already.
        assertEquals(10.0, MachineCpu.busySeconds("cpu  400 100 300 9000 500 100 50 50 700 0"), 1e-9);
    }

    @Test
    void thisMachinesBusyTimeOnlyGrows() {
        double before = MachineCpu.busySeconds();
        double after = MachineCpu.busySeconds();

        assertTrue(before > 0 && after >= before, before + " then " + after);
    }
}
