package org.audioimport.testing;

import java.util.Random;

/**
 * What the stereo kernels' tests give a Vector API kernel and its scalar twin: {@value #FRAMES} frames of
 * interleaved noise, and {@value #RUNS} runs of them from random frames, from 1 frame (narrower than any
 * vector) on, so that every vector loop meets its tail.
 */
public final class StereoRuns {
    public static final int FRAMES = 700;
    private static final int RUNS = 300;

    /** One run's check: frames {@code from} to {@code from + frames - 1}. */
    @FunctionalInterface
    public interface Run {
        void check(int from, int frames);
    }

    private StereoRuns() {}

    /** {@value #FRAMES} stereo frames of Gaussian noise of deviation {@code sigma}, interleaved. */
    public static float[] noise(Random random, double sigma) {
        float[] samples = new float[2 * FRAMES];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (float) (random.nextGaussian() * sigma);
        }
        return samples;
    }

    /** Checks {@value #RUNS} runs, each from a random frame below 600 to a random length that fits. */
    public static void each(Random random, Run run) {
        for (int i = 0; i < RUNS; i++) {
            int from = random.nextInt(600);
            run.check(from, 1 + random.nextInt(FRAMES - from));
        }
    }
}
