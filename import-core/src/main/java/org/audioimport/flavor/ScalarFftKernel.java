package org.audioimport.flavor;

/** {@link FftKernel} in plain Java. */
final class ScalarFftKernel implements FftKernel {
    @Override
    public void split(float[] frame, float[] window, float[] re, float[] im, int from, int to) {
        for (int i = from; i < to; i++) {
            re[i] = frame[2 * i] * window[2 * i];
            im[i] = frame[2 * i + 1] * window[2 * i + 1];
        }
    }

    @Override
    public void butterfly(float[] re, float[] im, int first, int second, int width, float wr, float wi) {
        for (int i = 0; i < width; i++) {
            float ar = re[first + i];
            float ai = im[first + i];
            float br = re[second + i];
            float bi = im[second + i];
            float dr = ar - br;
            float di = ai - bi;
            re[first + i] = ar + br;
            im[first + i] = ai + bi;
            re[second + i] = dr * wr - di * wi;
            im[second + i] = dr * wi + di * wr;
        }
    }

    @Override
    public void transpose(float[] from, float[] to, int side, int[] rowStarts) {
        for (int k = 0; k < side; k++) {
            int start = rowStarts[k];
            for (int column = 0; column < side; column++) {
                to[column * side + k] = from[start + column];
            }
        }
    }

    @Override
    public void rotate(float[] re, float[] im, float[] tr, float[] ti, int from, int to) {
        for (int i = from; i < to; i++) {
            float r = re[i];
            float j = im[i];
            re[i] = r * tr[i] - j * ti[i];
            im[i] = r * ti[i] + j * tr[i];
        }
    }

    @Override
    public void unpack(
            float[] re, float[] im, int m, float[] wr, float[] wi, float[] outRe, float[] outIm, int from, int to) {
        for (int k = from; k < to; k++) {
            float ar = re[k];
            float ai = im[k];
            float br = re[m - k];
            float bi = -im[m - k];
            float sumRe = ar + br;
            float sumIm = ai + bi;
            float differenceRe = ar - br;
            float differenceIm = ai - bi;
            // -i w (a - b), with w = wr + i wi: (wr d_im + wi d_re) - i (wr d_re - wi d_im).
            outRe[k] = sumRe + (wr[k] * differenceIm + wi[k] * differenceRe);
            outIm[k] = sumIm - (wr[k] * differenceRe - wi[k] * differenceIm);
        }
    }
}
