package org.audioimport.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.audioimport.scanning.WalkSettings;
import org.junit.jupiter.api.Test;

/** Settings no run could go by are refused when made, with the value that was wrong. */
class ImportSettingsTest {
    @Test
    void noWorkersOrNoComputingWorkersAreRefused() {
        IllegalArgumentException noWorkers = assertThrows(
                IllegalArgumentException.class,
                () -> new ImportSettings(0, 1, null, WalkSettings.DEFAULT, PhaseSettings.DEFAULTS));
        IllegalArgumentException noComputing = assertThrows(
                IllegalArgumentException.class,
                () -> new ImportSettings(4, 0, null, WalkSettings.DEFAULT, PhaseSettings.DEFAULTS));

        assertEquals("workers must be at least 1, was 0", noWorkers.getMessage());
        assertEquals("CPU workers must be at least 1, was 0", noComputing.getMessage());
    }
}
