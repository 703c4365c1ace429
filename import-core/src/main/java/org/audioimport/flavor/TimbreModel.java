package org.audioimport.flavor;

/**
 * A track's timbre as one Gaussian over its frames' MFCCs (mean and full covariance), the classic
 * timbre-similarity model (Mandel and Ellis, 2005), compared by the symmetrised Kullback-Leibler
 * divergence. A reference for the flavor vector, not a part of it. Immutable.
 */
public final class TimbreModel {

    private final double[] mean;
    private final double[] deviation;
    private final double[][] covariance;
    private final double[][] inverse;

    /**
     * @param mean       mean of each coefficient
     * @param covariance covariance matrix, symmetric positive definite
     * @throws IllegalArgumentException the covariance is not positive definite or does not fit the mean
     */
    public TimbreModel(double[] mean, double[][] covariance) {
        int d = mean.length;
        if (covariance.length != d) {
            throw new IllegalArgumentException("covariance of " + covariance.length + " rows for " + d + " means");
        }
        this.mean = mean.clone();
        this.covariance = new double[d][];
        this.deviation = new double[d];
        for (int i = 0; i < d; i++) {
            this.covariance[i] = covariance[i].clone();
            deviation[i] = Math.sqrt(Math.max(0, covariance[i][i]));
        }
        this.inverse = SymmetricMatrix.inverse(this.covariance);
    }

    /** Number of coefficients. */
    public int dimension() {
        return mean.length;
    }

    /** A copy of the mean. */
    public double[] mean() {
        return mean.clone();
    }

    /** A copy of each coefficient's standard deviation. */
    public double[] deviation() {
        return deviation.clone();
    }

    /**
     * KL(p‖q) + KL(q‖p) of the two Gaussians, in nats: {@code ½ [tr(Σq⁻¹Σp) + tr(Σp⁻¹Σq) + (μp − μq)ᵀ
     * (Σp⁻¹ + Σq⁻¹)(μp − μq)] − d}. The log determinants of the one-sided divergences cancel. 0 for
     * equal models, symmetric, never negative.
     */
    public double symmetricKl(TimbreModel other) {
        int d = mean.length;
        if (other.mean.length != d) {
            throw new IllegalArgumentException("models of " + d + " and " + other.mean.length + " coefficients");
        }
        double traces = 0;
        double mahalanobis = 0;
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                traces += other.inverse[i][j] * covariance[j][i] + inverse[i][j] * other.covariance[j][i];
                mahalanobis +=
                        (mean[i] - other.mean[i]) * (inverse[i][j] + other.inverse[i][j]) * (mean[j] - other.mean[j]);
            }
        }
        return Math.max(0, 0.5 * (traces + mahalanobis) - d);
    }
}
