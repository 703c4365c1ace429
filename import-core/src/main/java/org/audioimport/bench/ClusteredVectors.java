package org.audioimport.bench;

import java.util.SplittableRandom;

/**
 * The index benchmark's data, made by code from a seed: Gaussian clusters around random centres, the
 * same shape as the index's own test vectors (50 clusters, spread 0.35), so figures from the two agree.
 */
final class ClusteredVectors {
    static final int CLUSTERS = 50;
    static final float SPREAD = 0.35f;

    private ClusteredVectors() {}

    /** {@code count} vectors of {@code dimension} floats; the same seed gives the same vectors. */
    static float[][] generate(int count, int dimension, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[][] centres = new float[CLUSTERS][dimension];
        for (float[] centre : centres) {
            for (int i = 0; i < dimension; i++) {
                centre[i] = (float) gaussian(random);
            }
        }
        float[][] vectors = new float[count][dimension];
        for (float[] vector : vectors) {
            float[] centre = centres[random.nextInt(CLUSTERS)];
            for (int i = 0; i < dimension; i++) {
                vector[i] = centre[i] + SPREAD * (float) gaussian(random);
            }
        }
        return vectors;
    }

    private static double gaussian(SplittableRandom random) {
        // Box-Muller, spelled out so the data does not hang on the JDK's choice of Gaussian algorithm.
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
