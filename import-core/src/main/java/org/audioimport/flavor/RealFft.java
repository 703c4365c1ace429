package org.audioimport.flavor;

/**
 * The discrete Fourier transform of a windowed real frame of {@value #SIZE} samples, bins 0 to a given
 * highest. The frame's even and odd samples make the real and imaginary parts of {@value #POINTS}
 * complex points, whose transform is unpacked into the real frame's bins (the textbook real-input FFT).
 * The complex transform is four-step: the points as a {@value #SIDE} x {@value #SIDE} matrix, a
 * radix-2 transform down every column at once (each butterfly a whole row), the twiddles, a transpose,
 * and the columns again. So every loop but the transpose runs a row or more of points in vector lanes
 * ({@link FftKernel}), where a textbook FFT's first and last stages pair points closer than a vector.
 * In floats, within about 1e-6 of the frame's largest bin of the exact transform.
 *
 * <p>Preallocated: {@link #transform} allocates nothing. Not thread-safe.
 */
final class RealFft {
    /** Twice a square power of two, so that the complex points make a square matrix. */
    static final int SIZE = FrameAnalyzer.FRAME;

    private static final int POINTS = SIZE / 2;
    private static final int SIDE = (int) Math.sqrt(POINTS);
    private static final int BITS = Integer.numberOfTrailingZeros(SIDE);

    private final FftKernel kernel;
    private final int highest;
    private final float[] re = new float[POINTS];
    private final float[] im = new float[POINTS];
    private final float[] transposedRe = new float[POINTS];
    private final float[] transposedIm = new float[POINTS];
    /** Where row reversed(k) starts, for each k. */
    private final int[] reversedRowStarts = new int[SIDE];
    /** The butterflies' twiddles, real then imaginary parts: for half-span h at [h + j], e^(-i pi j / h). */
    private final float[] butterflyRe = new float[SIDE];

    private final float[] butterflyIm = new float[SIDE];
    /** The four-step twiddles, real then imaginary parts, in the order the first pass leaves its rows. */
    private final float[] twiddleRe = new float[POINTS];

    private final float[] twiddleIm = new float[POINTS];
    /** e^(-i pi k / POINTS), real then imaginary parts, for the unpacking of bin k. */
    private final float[] unpackRe;

    private final float[] unpackIm;
    private final float[] twiceRe;
    private final float[] twiceIm;

    /** A transform that gives bins 0 to {@code highest} (below {@value #POINTS}). */
    RealFft(int highest) {
        this(highest, FftKernel.best());
    }

    RealFft(int highest, FftKernel kernel) {
        if (highest < 1 || highest >= POINTS) {
            throw new IllegalArgumentException("highest bin out of range: " + highest);
        }
        this.kernel = kernel;
        this.highest = highest;
        for (int k = 0; k < SIDE; k++) {
            reversedRowStarts[k] = reversed(k) * SIDE;
        }
        for (int h = 1; h < SIDE; h <<= 1) {
            for (int j = 0; j < h; j++) {
                butterflyRe[h + j] = (float) Math.cos(Math.PI * j / h);
                butterflyIm[h + j] = (float) -Math.sin(Math.PI * j / h);
            }
        }
        for (int row = 0; row < SIDE; row++) {
            int k = reversed(row);
            for (int column = 0; column < SIDE; column++) {
                double angle = -2 * Math.PI * k * column / POINTS;
                twiddleRe[row * SIDE + column] = (float) Math.cos(angle);
                twiddleIm[row * SIDE + column] = (float) Math.sin(angle);
            }
        }
        unpackRe = new float[highest + 1];
        unpackIm = new float[highest + 1];
        for (int k = 0; k <= highest; k++) {
            unpackRe[k] = (float) Math.cos(Math.PI * k / POINTS);
            unpackIm[k] = (float) -Math.sin(Math.PI * k / POINTS);
        }
        twiceRe = new float[highest + 1];
        twiceIm = new float[highest + 1];
    }

    /**
     * Transforms {@code frame} times {@code window} (both read only, {@value #SIZE} samples). Then {@link
     * #twiceRe()} and {@link #twiceIm()} hold twice bins 0 to the highest.
     */
    void transform(float[] frame, float[] window) {
        kernel.split(frame, window, re, im, 0, POINTS);
        columns(re, im);
        kernel.rotate(re, im, twiddleRe, twiddleIm, 0, POINTS);
        // The first pass left column transform k in row reversed(k); reading rows in that order puts
        // the transposed columns in natural order.
        kernel.transpose(re, transposedRe, SIDE, reversedRowStarts);
        kernel.transpose(im, transposedIm, SIDE, reversedRowStarts);
        columns(transposedRe, transposedIm);
        for (int row = 0; row < SIDE; row++) {
            System.arraycopy(transposedRe, reversedRowStarts[row], re, row * SIDE, SIDE);
            System.arraycopy(transposedIm, reversedRowStarts[row], im, row * SIDE, SIDE);
        }
        twiceRe[0] = 2 * (re[0] + im[0]);
        twiceIm[0] = 0;
        kernel.unpack(re, im, POINTS, unpackRe, unpackIm, twiceRe, twiceIm, 1, highest + 1);
    }

    /** Twice the real parts of bins 0 to the highest: the same array on every call. */
    float[] twiceRe() {
        return twiceRe;
    }

    /** Twice the imaginary parts of bins 0 to the highest: the same array on every call. */
    float[] twiceIm() {
        return twiceIm;
    }

    /** Decimation in frequency down the columns: column transform k ends in row reversed(k). */
    private void columns(float[] matrixRe, float[] matrixIm) {
        for (int half = SIDE / 2; half >= 1; half >>= 1) {
            for (int group = 0; group < SIDE; group += 2 * half) {
                for (int j = 0; j < half; j++) {
                    int first = (group + j) * SIDE;
                    kernel.butterfly(
                            matrixRe,
                            matrixIm,
                            first,
                            first + half * SIDE,
                            SIDE,
                            butterflyRe[half + j],
                            butterflyIm[half + j]);
                }
            }
        }
    }

    private static int reversed(int index) {
        return Integer.reverse(index) >>> (Integer.SIZE - BITS);
    }
}
