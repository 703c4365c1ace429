package org.audioimport.analyze;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link KWeightingKernel} with the incubating Vector API: the two channels in the two lanes of one
 * vector of doubles, each lane with the fused multiply-adds {@link KWeighting#filterOne} does, so each
 * channel's result is the scalar one to the bit. Half the instructions of two scalar chains: 2.4 ns
 * per stereo frame against 3.5 on the machine of docs/benchmarks.md. Only {@link KWeightingKernel#best()}
 * makes one, and only when the module is present.
 */
final class VectorKWeightingKernel implements KWeightingKernel {
    private static final VectorSpecies<Double> PAIR = DoubleVector.SPECIES_128;

    /** The two channels' samples interleaved, so that each frame loads as one vector. */
    private double[] frames = new double[0];
    /** The pair's state, lane by lane, in {@link KWeighting#filterOne}'s order. */
    private final double[] lanes = new double[2 * KWeighting.STATE];

    @Override
    public void filterPair(
            KWeighting k, double[] state, int at, float[] a, float[] b, int offset, int n, double[] sums) {
        if (frames.length < 2 * n) {
            frames = new double[2 * n];
        }
        for (int i = 0; i < n; i++) {
            frames[2 * i] = a[offset + i];
            frames[2 * i + 1] = b[offset + i];
        }
        for (int v = 0; v < KWeighting.STATE; v++) {
            lanes[2 * v] = state[at + v];
            lanes[2 * v + 1] = state[at + KWeighting.STATE + v];
        }
        DoubleVector x1 = DoubleVector.fromArray(PAIR, lanes, 0);
        DoubleVector x2 = DoubleVector.fromArray(PAIR, lanes, 2);
        DoubleVector y1 = DoubleVector.fromArray(PAIR, lanes, 4);
        DoubleVector y2 = DoubleVector.fromArray(PAIR, lanes, 6);
        DoubleVector o1 = DoubleVector.fromArray(PAIR, lanes, 8);
        DoubleVector o2 = DoubleVector.fromArray(PAIR, lanes, 10);
        DoubleVector sum = DoubleVector.zero(PAIR);
        DoubleVector sb0 = DoubleVector.broadcast(PAIR, k.sb0);
        DoubleVector sb1 = DoubleVector.broadcast(PAIR, k.sb1);
        DoubleVector sb2 = DoubleVector.broadcast(PAIR, k.sb2);
        DoubleVector negSa1 = DoubleVector.broadcast(PAIR, -k.sa1);
        DoubleVector negSa2 = DoubleVector.broadcast(PAIR, -k.sa2);
        DoubleVector negHa1 = DoubleVector.broadcast(PAIR, -k.ha1);
        DoubleVector negHa2 = DoubleVector.broadcast(PAIR, -k.ha2);
        DoubleVector minusTwo = DoubleVector.broadcast(PAIR, -2);
        for (int i = 0; i < n; i++) {
            DoubleVector in = DoubleVector.fromArray(PAIR, frames, 2 * i);
            DoubleVector y = y1.fma(negSa1, y2.fma(negSa2, x2.fma(sb2, x1.fma(sb1, in.mul(sb0)))));
            DoubleVector out = o1.fma(negHa1, o2.fma(negHa2, y1.fma(minusTwo, y).add(y2)));
            x2 = x1;
            x1 = in;
            y2 = y1;
            y1 = y;
            o2 = o1;
            o1 = out;
            sum = out.fma(out, sum);
        }
        x1.intoArray(lanes, 0);
        x2.intoArray(lanes, 2);
        y1.intoArray(lanes, 4);
        y2.intoArray(lanes, 6);
        o1.intoArray(lanes, 8);
        o2.intoArray(lanes, 10);
        for (int v = 0; v < KWeighting.STATE; v++) {
            state[at + v] = lanes[2 * v];
            state[at + KWeighting.STATE + v] = lanes[2 * v + 1];
        }
        sums[0] = sum.lane(0);
        sums[1] = sum.lane(1);
    }
}
