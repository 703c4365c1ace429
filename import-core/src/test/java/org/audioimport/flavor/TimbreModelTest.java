package org.audioimport.flavor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TimbreModelTest {

    private static double[][] scaledIdentity(int d, double scale) {
        double[][] m = new double[d][d];
        for (int i = 0; i < d; i++) {
            m[i][i] = scale;
        }
        return m;
    }

    @Test
    void equalCovariancesGiveTheSquaredMahalanobisDistanceOfTheMeans() {
        // Σ = I on both sides: ½ [d + d + 2 |Δμ|²] − d = |Δμ|².
        TimbreModel p = new TimbreModel(new double[] {0, 0, 0}, scaledIdentity(3, 1));
        TimbreModel q = new TimbreModel(new double[] {1, 2, 2}, scaledIdentity(3, 1));
        assertEquals(9, p.symmetricKl(q), 1e-12);
        assertEquals(9, q.symmetricKl(p), 1e-12);
    }

    @Test
    void equalMeansGiveTheClosedFormOfScaledCovariances() {
        // Σp = aI, Σq = bI: d/2 (a/b + b/a − 2); a = 1, b = 4, d = 2 gives 2.25.
        TimbreModel p = new TimbreModel(new double[] {5, 5}, scaledIdentity(2, 1));
        TimbreModel q = new TimbreModel(new double[] {5, 5}, scaledIdentity(2, 4));
        assertEquals(2.25, p.symmetricKl(q), 1e-12);
    }

    @Test
    void aModelIsAtZeroFromItself() {
        double[][] covariance = {{2, 0.5}, {0.5, 1}};
        TimbreModel p = new TimbreModel(new double[] {1, -1}, covariance);
        assertEquals(0, p.symmetricKl(p), 1e-12);
    }

    @Test
    void correlatedCovarianceMatchesTheClosedFormWithItsInverse() {
        // Σp = [[2, 1], [1, 2]] (inverse [[2, −1], [−1, 2]] / 3), Σq = I, means 0 and (1, 0):
        // tr(Σp) = 4, tr(Σp⁻¹) = 4/3, Δᵀ(Σp⁻¹ + I)Δ = 2/3 + 1; ½ (4 + 4/3 + 5/3) − 2 = 1.5.
        TimbreModel p = new TimbreModel(new double[] {0, 0}, new double[][] {{2, 1}, {1, 2}});
        TimbreModel q = new TimbreModel(new double[] {1, 0}, scaledIdentity(2, 1));
        assertEquals(1.5, p.symmetricKl(q), 1e-12);
    }

    @Test
    void rejectsACovarianceThatIsNotPositiveDefinite() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new TimbreModel(new double[] {0, 0}, new double[][] {{1, 2}, {2, 1}}));
    }
}
