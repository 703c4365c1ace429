package org.audioimport.flavor;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;
import org.audioimport.simd.StereoLanes;

/**
 * {@link FftKernel} with the incubating Vector API: the widest lanes the CPU has, one point per lane,
 * the scalar kernel's operations in its order, so the same values to the bit. The split picks the even
 * and odd samples out with the shuffles of {@link StereoLanes}; the unpack reads the mirrored points
 * {@code z[m - k]} a vector at a time and reverses its lanes. What a whole vector does not cover goes to
 * the scalar loops. Only {@link FftKernel#best()} makes one, and only when the module is present.
 */
final class VectorFftKernel implements FftKernel {
    private static final VectorSpecies<Float> LANES = StereoLanes.LANES;
    private static final VectorShuffle<Float> REVERSED = VectorShuffle.fromOp(LANES, i -> LANES.length() - 1 - i);

    private final ScalarFftKernel tail = new ScalarFftKernel();

    @Override
    public void split(float[] frame, float[] window, float[] re, float[] im, int from, int to) {
        int width = LANES.length();
        int i = from;
        for (; i + width <= to; i += width) {
            int s = 2 * i;
            FloatVector first = FloatVector.fromArray(LANES, frame, s).mul(FloatVector.fromArray(LANES, window, s));
            FloatVector second =
                    FloatVector.fromArray(LANES, frame, s + width).mul(FloatVector.fromArray(LANES, window, s + width));
            first.rearrange(StereoLanes.LEFT, second).intoArray(re, i);
            first.rearrange(StereoLanes.RIGHT, second).intoArray(im, i);
        }
        tail.split(frame, window, re, im, i, to);
    }

    @Override
    public void butterfly(float[] re, float[] im, int first, int second, int width, float wr, float wi) {
        int i = 0;
        for (int bound = LANES.loopBound(width); i < bound; i += LANES.length()) {
            FloatVector ar = FloatVector.fromArray(LANES, re, first + i);
            FloatVector ai = FloatVector.fromArray(LANES, im, first + i);
            FloatVector br = FloatVector.fromArray(LANES, re, second + i);
            FloatVector bi = FloatVector.fromArray(LANES, im, second + i);
            FloatVector dr = ar.sub(br);
            FloatVector di = ai.sub(bi);
            ar.add(br).intoArray(re, first + i);
            ai.add(bi).intoArray(im, first + i);
            dr.mul(wr).sub(di.mul(wi)).intoArray(re, second + i);
            dr.mul(wi).add(di.mul(wr)).intoArray(im, second + i);
        }
        if (i < width) {
            tail.butterfly(re, im, first + i, second + i, width - i, wr, wi);
        }
    }

    @Override
    public void transpose(float[] from, float[] to, int side, int[] rowStarts) {
        int width = LANES.length();
        if (side % width != 0) {
            tail.transpose(from, to, side, rowStarts);
            return;
        }
        for (int column = 0; column < side; column++) {
            for (int k = 0; k < side; k += width) {
                FloatVector.fromArray(LANES, from, column, rowStarts, k).intoArray(to, column * side + k);
            }
        }
    }

    @Override
    public void rotate(float[] re, float[] im, float[] tr, float[] ti, int from, int to) {
        int i = from;
        for (; i + LANES.length() <= to; i += LANES.length()) {
            FloatVector r = FloatVector.fromArray(LANES, re, i);
            FloatVector j = FloatVector.fromArray(LANES, im, i);
            FloatVector cr = FloatVector.fromArray(LANES, tr, i);
            FloatVector ci = FloatVector.fromArray(LANES, ti, i);
            r.mul(cr).sub(j.mul(ci)).intoArray(re, i);
            r.mul(ci).add(j.mul(cr)).intoArray(im, i);
        }
        tail.rotate(re, im, tr, ti, i, to);
    }

    @Override
    public void unpack(
            float[] re, float[] im, int m, float[] wr, float[] wi, float[] outRe, float[] outIm, int from, int to) {
        int width = LANES.length();
        int k = from;
        for (; k + width <= to; k += width) {
            // Lane l holds z[m - k - l]: the mirrored run, read from its low end and reversed.
            int mirrored = m - k - width + 1;
            FloatVector ar = FloatVector.fromArray(LANES, re, k);
            FloatVector ai = FloatVector.fromArray(LANES, im, k);
            FloatVector br = FloatVector.fromArray(LANES, re, mirrored).rearrange(REVERSED);
            FloatVector bi = FloatVector.fromArray(LANES, im, mirrored)
                    .rearrange(REVERSED)
                    .neg();
            FloatVector cr = FloatVector.fromArray(LANES, wr, k);
            FloatVector ci = FloatVector.fromArray(LANES, wi, k);
            FloatVector differenceRe = ar.sub(br);
            FloatVector differenceIm = ai.sub(bi);
            ar.add(br).add(cr.mul(differenceIm).add(ci.mul(differenceRe))).intoArray(outRe, k);
            ai.add(bi).sub(cr.mul(differenceRe).sub(ci.mul(differenceIm))).intoArray(outIm, k);
        }
        tail.unpack(re, im, m, wr, wi, outRe, outIm, k, to);
    }
}
