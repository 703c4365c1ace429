package org.audioimport.similar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PairedBootstrapTest {

    @Test
    void aConstantDifferenceHasAnIntervalOfThatDifferenceAlone() {
        PairedBootstrap.Lead lead = PairedBootstrap.lead(new double[] {0.6, 0.8, 0.4}, new double[] {0.4, 0.6, 0.2});
        assertEquals(0.2, lead.value(), 1e-12);
        assertEquals(0.2, lead.low(), 1e-12);
        assertEquals(0.2, lead.high(), 1e-12);
    }

    @Test
    void theIntervalIsTheSameOnEveryRunAndHoldsTheMean() {
        double[] a = new double[100];
        double[] b = new double[100];
        for (int i = 0; i < a.length; i++) {
            a[i] = (i % 5) / 5.0;
            b[i] = (i % 3) / 5.0;
        }
        PairedBootstrap.Lead first = PairedBootstrap.lead(a, b);
        PairedBootstrap.Lead second = PairedBootstrap.lead(a, b);
        assertEquals(first, second);
        assertTrue(first.low() < first.value() && first.value() < first.high(), first.toString());
    }

    @Test
    void theIntervalMatchesTheNormalApproximationOfTheMean() {
        // Differences of +1 and -1 in equal numbers: mean 0, standard error 1/sqrt(n) = 0.1 for
        // n = 100, so the 95 % interval is about ±0.196.
        double[] a = new double[100];
        double[] b = new double[100];
        for (int i = 0; i < a.length; i++) {
            a[i] = i % 2;
            b[i] = 1 - a[i];
        }
        PairedBootstrap.Lead lead = PairedBootstrap.lead(a, b);
        assertEquals(0, lead.value(), 1e-12);
        assertEquals(-0.196, lead.low(), 0.03);
        assertEquals(0.196, lead.high(), 0.03);
    }

    @Test
    void rejectsUnpairedFigures() {
        assertThrows(IllegalArgumentException.class, () -> PairedBootstrap.lead(new double[2], new double[3]));
    }
}
