package org.audioimport.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * BS.1770-4's two gates over the blocks of several files, as the album gain reference pools them, and EBU Tech
 * 3342's loudness range with libebur128's percentiles.
 */
class ReferenceLoudnessTest {
    private static final double LU = 1e-9;

    @Test
    void blocksOfOneLoudnessGiveThatLoudnessWhicheverFileTheyComeFrom() {
        assertEquals(-20, ReferenceLoudness.integratedLufs(List.of(new double[] {-20, -20}, new double[] {-20})), LU);
    }

    @Test
    void theLoudnessIsTheMeanSquareOfTheBlocksNotTheMeanOfTheirLoudness() {
        // Mean squares of 10^-2.0931 and 10^-1.0931 (after the -0.691 offset): their mean is 10 * log10(5.5)
        // dB above the quieter block's.
        double expected = -30 + 10 * Math.log10(5.5);

        assertEquals(expected, ReferenceLoudness.integratedLufs(List.of(new double[] {-30}, new double[] {-20})), LU);
    }

    @Test
    void blocksMoreThanTenLuBelowTheUngatedLoudnessAreLeftOut() {
        // Two blocks at -10 and one at -30: the ungated loudness is about -11.7, its relative gate -21.7.
        assertEquals(-10, ReferenceLoudness.integratedLufs(List.of(new double[] {-10, -30}, new double[] {-10})), LU);
    }

    @Test
    void blocksAtOrBelowMinusSeventyAreSilenceAndSilenceAloneHasNoLoudness() {
        assertEquals(
                -40,
                ReferenceLoudness.integratedLufs(
                        List.of(new double[] {-70, Double.NEGATIVE_INFINITY}, new double[] {-40})),
                LU);
        assertNull(ReferenceLoudness.integratedLufs(List.of(new double[] {-70, -120.691})));
        assertNull(ReferenceLoudness.integratedLufs(List.of()));
    }

    @Test
    void theBlocksAreEbur128sMomentaryLoudnessFromItsFourthFrameOn() {
        String log = """
                lavfi.r128.M=-120.691
                lavfi.r128.M=-120.691
                lavfi.r128.M=-120.691
                lavfi.r128.M=-16.339
                lavfi.r128.S=-17.000
                lavfi.r128.M=-inf
                lavfi.r128.M=-15.023
                """;

        assertArrayEquals(new double[] {-16.339, Double.NEGATIVE_INFINITY, -15.023}, ReferenceTools.blockLoudness(log));
    }

    @Test
    void theRangeRunsFromTheValueOfRankTenPercentToTheValueOfRankNinetyFivePercent() {
        // 21 values, -30 to -10: ranks round(20 x 0.10) = 2 and round(20 x 0.95) = 19 of the sorted values.
        double[] shortTerm = new double[21];
        for (int i = 0; i < shortTerm.length; i++) {
            shortTerm[(i * 8) % 21] = -30 + i;
        }

        assertEquals(-11.0 - -28.0, ReferenceLoudness.rangeLu(shortTerm), LU);
    }

    @Test
    void theRangeLeavesOutValuesMoreThanTwentyLuBelowTheMeanAndSilence() {
        // The mean of the values past -70 is about -10.6; -40 is below its gate of -30.6, -80 below -70.
        double[] shortTerm = {-80, -40, -12, -11, -10, -10, -10, -10, -10, -10, -10, -9};

        assertEquals(-9.0 - -11.0, ReferenceLoudness.rangeLu(shortTerm), LU);
        assertNull(ReferenceLoudness.rangeLu(new double[] {-75, -120.691}));
        assertNull(ReferenceLoudness.rangeLu(new double[0]), "a file shorter than one 3 s block");
    }
}
