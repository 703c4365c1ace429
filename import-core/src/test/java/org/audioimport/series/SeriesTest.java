package org.audioimport.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A series longer than its memory keeps every value, in a temporary file nobody else can see. */
class SeriesTest {
    private static final int PAGE = 100;
    private static final int LENGTH = 10_000;

    @TempDir
    Path folder;

    @Test
    void aSeriesFiftyTimesLongerThanItsMemoryReadsBackEveryValueInAnyOrder() {
        try (FloatSeries series = new FloatSeries(PAGE, 2, folder)) {
            float[] expected = new float[LENGTH];
            Random random = new Random(3);
            for (int i = 0; i < LENGTH; i++) {
                expected[i] = random.nextFloat();
                series.raise(i, expected[i]);
            }
            assertTrue(series.spilled());
            assertEquals(2 * PAGE, series.residentLength());
            for (int i = 0; i < LENGTH; i++) {
                assertEquals(expected[i], series.get(i), "in order, value " + i);
            }
            for (int k = 0; k < 4_000; k++) {
                int i = random.nextInt(LENGTH);
                float peak = random.nextFloat();
                expected[i] = Math.max(expected[i], peak);
                series.raise(i, peak);
            }
            for (int k = 0; k < LENGTH; k++) {
                int i = random.nextInt(LENGTH);
                assertEquals(expected[i], series.get(i), "at random, value " + i);
            }
        }
    }

    @Test
    void doublesAddUpWithTheirFullPrecision() {
        try (DoubleSeries series = new DoubleSeries(PAGE, 2, folder)) {
            for (int i = 0; i < LENGTH; i++) {
                series.add(i, 1 + i * Math.ulp(1.0));
            }
            for (int i = LENGTH - 1; i >= 0; i--) {
                series.add(i, i * Math.ulp(1.0));
            }
            for (int i = 0; i < LENGTH; i++) {
                assertEquals(1 + i * Math.ulp(1.0) + i * Math.ulp(1.0), series.get(i), "value " + i);
            }
        }
    }

    @Test
    void valuesNeverSetReadAsZeroEvenBetweenPagesOnDisk() {
        try (FloatSeries series = new FloatSeries(PAGE, 2, folder)) {
            series.raise(0, 1f);
            series.raise(LENGTH, 2f);
            series.raise(2 * LENGTH, 3f);
            assertEquals(0f, series.get(LENGTH / 2));
            assertEquals(0f, series.get(3 * LENGTH));
            assertEquals(1f, series.get(0));
            assertEquals(2f, series.get(LENGTH));
            assertEquals(3f, series.get(2 * LENGTH));
        }
    }

    @Test
    void theTemporaryFileHasNoNameInTheFolderAndClearingEmptiesTheSeries() throws IOException {
        try (FloatSeries series = new FloatSeries(PAGE, 2, folder)) {
            for (int i = 0; i < LENGTH; i++) {
                series.raise(i, i);
            }
            assertTrue(series.spilled());
            try (Stream<Path> names = Files.list(folder)) {
                assertEquals(0, names.count(), "the file is unlinked as soon as it is opened");
            }
            series.clear();
            assertFalse(series.spilled());
            for (int i = 0; i < LENGTH; i += 37) {
                assertEquals(0f, series.get(i), "value " + i + " after clear");
            }
        }
    }

    @Test
    void aFolderThatCannotHoldTheFileFailsNamingTheFolderAndTheReason() throws IOException {
        Path notAFolder = Files.writeString(folder.resolve("plain-file"), "x");
        try (FloatSeries series = new FloatSeries(PAGE, 2, notAFolder)) {
            for (int i = 0; i < 2 * PAGE; i++) {
                series.raise(i, i);
            }
            SpillException e = assertThrows(SpillException.class, () -> series.raise(2 * PAGE, 1f));
            assertTrue(
                    e.getMessage().startsWith("could not write to the temporary file in " + notAFolder),
                    e.getMessage());
            assertTrue(e.getMessage().contains("long file"), e.getMessage());
        }
    }

    @Test
    void aMissingFolderIsSaidToBeMissing() {
        Path gone = folder.resolve("gone");
        try (FloatSeries series = new FloatSeries(PAGE, 2, gone)) {
            for (int i = 0; i < 2 * PAGE; i++) {
                series.raise(i, i);
            }
            SpillException e = assertThrows(SpillException.class, () -> series.raise(2 * PAGE, 1f));
            assertEquals(
                    "could not write to the temporary file in " + gone
                            + " that holds the measures of a long file: the folder does not exist",
                    e.getMessage());
        }
    }

    @Test
    void aSeriesNeedsTwoPagesInMemory() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new FloatSeries(PAGE, 1, folder));
        assertTrue(e.getMessage().contains("at least two"), e.getMessage());
    }
}
