package org.audioimport.index;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Vectors for tests, made by code from a fixed seed: Gaussian clusters around random centres. */
final class TestVectors {
    private final float[][] centres;
    private final float spread;
    private final SplittableRandom random;

    TestVectors(int dimension, int clusters, float spread, long seed) {
        this.random = new SplittableRandom(seed);
        this.spread = spread;
        this.centres = new float[clusters][dimension];
        for (float[] centre : centres) {
            for (int i = 0; i < dimension; i++) {
                centre[i] = (float) gaussian();
            }
        }
    }

    /** The usual test data: 64 dimensions, 50 clusters. */
    static TestVectors clustered(long seed) {
        return new TestVectors(64, 50, 0.35f, seed);
    }

    float[] next() {
        float[] centre = centres[random.nextInt(centres.length)];
        float[] vector = new float[centre.length];
        for (int i = 0; i < vector.length; i++) {
            vector[i] = centre[i] + spread * (float) gaussian();
        }
        return vector;
    }

    float[][] next(int count) {
        float[][] vectors = new float[count][];
        for (int i = 0; i < count; i++) {
            vectors[i] = next();
        }
        return vectors;
    }

    /** {@code count} items with ids {@code firstId}, {@code firstId + 1}, and so on. */
    List<IndexItem> items(long firstId, int count) {
        List<IndexItem> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            items.add(new IndexItem(firstId + i, next()));
        }
        return items;
    }

    private double gaussian() {
        // Box-Muller, spelled out so the data does not hang on the JDK's choice of Gaussian algorithm.
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
