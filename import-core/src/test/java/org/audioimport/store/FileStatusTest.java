package org.audioimport.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The status column's text maps to one status and back, whatever its case; anything else is refused. */
class FileStatusTest {
    @Test
    void eachStatusReadsBackFromItsColumnInAnyCase() {
        for (FileStatus status : FileStatus.values()) {
            assertEquals(status, FileStatus.of(status.column()));
            assertEquals(status, FileStatus.of(status.name()));
        }
    }

    @Test
    void aColumnNamingNoStatusIsRefusedWithItsText() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> FileStatus.of("gone"));

        assertEquals("no file status named gone", refused.getMessage());
    }
}
