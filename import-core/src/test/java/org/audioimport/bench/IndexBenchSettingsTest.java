package org.audioimport.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class IndexBenchSettingsTest {

    @Test
    void refusesEachSettingOutOfRangeAndNamesIt() {
        assertRefused("vectors must be at least 10, not 9", () -> settings(9, 64, 1, List.of(16), 1));
        assertRefused("dimension must be at least 1, not 0", () -> settings(100, 0, 1, List.of(16), 1));
        assertRefused("dimension must be at most 1024, not 1025", () -> settings(100, 1025, 1, List.of(16), 1));
        assertRefused("queries must be at least 1, not 0", () -> settings(100, 64, 0, List.of(16), 1));
        assertRefused("threads must be at least 1, not 0", () -> settings(100, 64, 1, List.of(16), 0));
        assertRefused("ef must be at least 10, not 9", () -> settings(100, 64, 1, List.of(16, 9), 1));
        assertRefused("ef needs at least one value", () -> settings(100, 64, 1, List.of(), 1));
        assertRefused(
                "3000000 vectors of 1000 floats do not fit in one array; use fewer vectors or a smaller dimension",
                () -> settings(3_000_000, 1000, 1, List.of(16), 1));
    }

    private static void assertRefused(String message, Executable settings) {
        assertEquals(
                message, assertThrows(IllegalArgumentException.class, settings).getMessage());
    }

    private static IndexBenchSettings settings(
            int vectors, int dimension, int queries, List<Integer> efs, int threads) {
        return new IndexBenchSettings(vectors, dimension, queries, efs, threads, 1);
    }
}
