package org.audioimport.flavor;

import org.audioimport.simd.VectorApi;

/**
 * The loops of {@link RealFft}: every step of the transform that touches whole rows or runs of points.
 * {@link #best()} picks the Vector API's when the JVM runs with {@code --add-modules
 * jdk.incubator.vector}, else the scalar one. Both give the same values to the bit: each point gets the
 * same products and sums, in the same order, and neither fuses a multiply with an add.
 */
interface FftKernel {
    /**
     * Windows samples of {@code frame} and splits them into complex points: {@code re[i] = frame[2i] x
     * window[2i]} and {@code im[i] = frame[2i + 1] x window[2i + 1]}, for points {@code from} to {@code to - 1}.
     */
    void split(float[] frame, float[] window, float[] re, float[] im, int from, int to);

    /**
     * The radix-2 butterfly of two rows of {@code width} points, from {@code first} and {@code second}:
     * with a the first and b the second, the first becomes a + b and the second (a - b) x (wr + i wi).
     */
    void butterfly(float[] re, float[] im, int first, int second, int width, float wr, float wi);

    /**
     * Transposes the {@code side x side} matrix {@code from} into {@code to}, taking its rows in the order
     * {@code rowStarts} gives (the index of each row's first point): {@code to[c x side + k] =
     * from[rowStarts[k] + c]}.
     */
    void transpose(float[] from, float[] to, int side, int[] rowStarts);

    /** Multiplies point {@code i} by (tr[i] + i ti[i]), for points {@code from} to {@code to - 1}. */
    void rotate(float[] re, float[] im, float[] tr, float[] ti, int from, int to);

    /**
     * Twice the bins {@code from} to {@code to - 1} (from 1) of the real transform whose half-length
     * complex transform is {@code re, im} (length {@code m}): with a = z[k], b = conj z[m - k] and w = (wr[k]
     * + i wi[k]) = e^(-i pi k / m), twice bin k is (a + b) - i w (a - b). Written to {@code outRe, outIm}
     * at {@code k}.
     */
    void unpack(float[] re, float[] im, int m, float[] wr, float[] wi, float[] outRe, float[] outIm, int from, int to);

    /** The fastest kernel this JVM can run. */
    static FftKernel best() {
        // Loaded only when the module is there: without it, the class cannot link.
        return VectorApi.present() ? new VectorFftKernel() : new ScalarFftKernel();
    }
}
