package org.audioimport.flavor;

/** Inverse of a small symmetric positive definite matrix by its Cholesky factor. */
final class SymmetricMatrix {

    private SymmetricMatrix() {}

    /**
     * The inverse of {@code a} (not changed).
     *
     * @throws IllegalArgumentException {@code a} is not square, or not positive definite
     */
    static double[][] inverse(double[][] a) {
        int n = a.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            if (a[i].length != n) {
                throw new IllegalArgumentException("not a square matrix: row " + i + " has " + a[i].length);
            }
            for (int j = 0; j <= i; j++) {
                double sum = a[i][j];
                for (int k = 0; k < j; k++) {
                    sum -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    if (!(sum > 0)) {
                        throw new IllegalArgumentException("matrix not positive definite at row " + i);
                    }
                    l[i][i] = Math.sqrt(sum);
                } else {
                    l[i][j] = sum / l[j][j];
                }
            }
        }
        // L⁻¹ by forward substitution, then A⁻¹ = L⁻ᵀ L⁻¹.
        double[][] li = new double[n][n];
        for (int c = 0; c < n; c++) {
            li[c][c] = 1 / l[c][c];
            for (int i = c + 1; i < n; i++) {
                double sum = 0;
                for (int k = c; k < i; k++) {
                    sum -= l[i][k] * li[k][c];
                }
                li[i][c] = sum / l[i][i];
            }
        }
        double[][] inv = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = 0;
                for (int k = i; k < n; k++) {
                    sum += li[k][i] * li[k][j];
                }
                inv[i][j] = sum;
                inv[j][i] = sum;
            }
        }
        return inv;
    }
}
