package org.audioimport.flavor;

import java.util.Arrays;

/**
 * Downmixes interleaved 16-bit audio to mono and resamples it to one fixed rate, so that every
 * file is analysed at the same rate whatever its own.
 *
 * <p>A Kaiser-windowed sinc, tabulated in {@value #PHASES} phases (the nearest one is used; the
 * timing error is at most 1/512 of an input sample). Going down, the sinc's cutoff is the output
 * rate's Nyquist frequency and {@value #ZERO_CROSSINGS} zero crossings a side with β = {@value
 * #KAISER_BETA} give a transition from about 8.5 to 13.5 kHz (22,050 Hz out) with 60 dB
 * rejection past it: whatever aliases lands above 8.5 kHz, above the analysed band. Going up, the
 * cutoff is the input's Nyquist frequency. Equal rates pass through untouched. Cost: {@code 2 x
 * 8 x in/out} multiply-adds per output sample (32 from 44.1 kHz), less the taps that fall on the
 * sinc's zero crossings when the step is whole (15 of the 32 from 44.1 kHz).
 *
 * <p>Output sample {@code m} is the input at time {@code m x in/out} input frames: the output is
 * aligned with the input (the filter's delay is compensated). The last few milliseconds, which
 * would need input past the end, are not produced.
 */
final class Resampler {

    static final int ZERO_CROSSINGS = 8;
    static final double KAISER_BETA = 5.65;
    static final int PHASES = 256;

    /** Input frames taken per {@link #write}, at most. */
    private static final int CHUNK = 4096;
    /** Output samples computed together by {@link #read}. */
    private static final int LANES = 4;

    private final int outRate;
    private int inRate;
    private boolean passThrough;
    private double step;
    private int half;
    private int taps;
    private float[] table = new float[0];
    private float[] input = new float[0];
    /** Index, in the stream, of input[0]; negative while the zero padding before the start is held. */
    private long inputStart;

    private int inputCount;
    private long produced;
    /** Where each lane's output starts in the input, and its row of the table: scratch for {@link #read}. */
    private final int[] laneStart = new int[LANES];

    private final int[] laneRow = new int[LANES];
    /** The input step per output when it is a whole number (44.1 kHz to 22,050 Hz: 2), else 0. */
    private int wholeStep;
    /** For a whole step s, the input split into s interleaved lanes: scratch for {@link #readWholeStep}. */
    private float[][] split = new float[0][0];

    private final WholeStepKernel wholeStepKernel;

    Resampler(int outRate) {
        this(outRate, WholeStepKernel.best());
    }

    Resampler(int outRate, WholeStepKernel wholeStepKernel) {
        this.outRate = outRate;
        this.wholeStepKernel = wholeStepKernel;
    }

    /** Starts a new stream at {@code inRate}. The filter table is rebuilt only when the rate changed. */
    void start(int inRate) {
        if (inRate <= 0) {
            throw new IllegalArgumentException("sample rate must be positive: " + inRate);
        }
        if (inRate != this.inRate) {
            this.inRate = inRate;
            this.passThrough = inRate == outRate;
            this.step = (double) inRate / outRate;
            this.wholeStep = !passThrough && inRate % outRate == 0 ? inRate / outRate : 0;
            this.split = new float[wholeStep][0];
            buildTable();
            this.input = new float[taps + CHUNK];
        }
        this.produced = 0;
        this.inputStart = -half;
        this.inputCount = half;
        Arrays.fill(input, 0, half, 0f);
    }

    /**
     * Downmixes up to {@code frames} frames of {@code samples}, from frame {@code fromFrame}, into
     * the input buffer; returns how many it took (fewer when the buffer is full: {@link #read}
     * then frees it).
     */
    int write(float[] samples, int fromFrame, int frames, int channels) {
        compact();
        int n = Math.min(frames, input.length - inputCount);
        int at = inputCount;
        if (channels == 1) {
            System.arraycopy(samples, fromFrame, input, at, n);
        } else if (channels == 2) {
            for (int i = 0, s = 2 * fromFrame; i < n; i++, s += 2) {
                input[at + i] = (samples[s] + samples[s + 1]) * 0.5f;
            }
        } else {
            float scale = 1f / channels;
            for (int i = 0, s = channels * fromFrame; i < n; i++) {
                float sum = 0;
                for (int c = 0; c < channels; c++, s++) {
                    sum += samples[s];
                }
                input[at + i] = sum * scale;
            }
        }
        inputCount += n;
        return n;
    }

    /**
     * Produces up to {@code max} output samples into {@code out} from the buffered input; returns how
     * many. Each output is a sum over the taps in tap order, a chain of dependent additions; {@value
     * #LANES} outputs are summed side by side so that their chains overlap, each with the same
     * arithmetic as alone.
     */
    int read(float[] out, int max) {
        if (passThrough) {
            return readPassThrough(out, max);
        }
        if (wholeStep > 0) {
            return readWholeStep(out, max);
        }
        long available = inputStart + inputCount;
        int n = 0;
        while (n < max) {
            int ready = 0;
            while (ready < LANES && n + ready < max) {
                double t = (produced + ready) * step;
                long base = (long) t;
                int phase = (int) Math.round((t - base) * PHASES);
                if (phase == PHASES) {
                    base++;
                    phase = 0;
                }
                if (base + half >= available) {
                    break;
                }
                laneStart[ready] = (int) (base - half + 1 - inputStart);
                laneRow[ready] = phase * taps;
                ready++;
            }
            if (ready == LANES) {
                fourOutputs(out, n);
            } else {
                for (int lane = 0; lane < ready; lane++) {
                    out[n + lane] = oneOutput(laneStart[lane], laneRow[lane]);
                }
            }
            n += ready;
            produced += ready;
            if (ready < LANES) {
                break;
            }
        }
        return n;
    }

    private float oneOutput(int at, int tableRow) {
        float sum = 0f;
        for (int j = 0; j < taps; j++) {
            sum += input[at + j] * table[tableRow + j];
        }
        return sum;
    }

    private void fourOutputs(float[] out, int n) {
        int a = laneStart[0], b = laneStart[1], c = laneStart[2], d = laneStart[3];
        int ra = laneRow[0], rb = laneRow[1], rc = laneRow[2], rd = laneRow[3];
        float sa = 0f, sb = 0f, sc = 0f, sd = 0f;
        for (int j = 0; j < taps; j++) {
            sa += input[a + j] * table[ra + j];
            sb += input[b + j] * table[rb + j];
            sc += input[c + j] * table[rc + j];
            sd += input[d + j] * table[rd + j];
        }
        out[n] = sa;
        out[n + 1] = sb;
        out[n + 2] = sc;
        out[n + 3] = sd;
    }

    /**
     * {@link #read} when every output takes the same table row (a whole step: the phase is always
     * 0). The loops are turned inside out, tap after tap over a block of outputs, so that a {@link
     * WholeStepKernel} can work across outputs in vector lanes: each output still adds its products
     * in tap order, from 0, as {@link #oneOutput} does, so the results are the same to the bit.
     * Output {@code m}'s tap {@code j} is input {@code first + m x s + j}, which is element {@code m
     * + j / s} of lane {@code j % s} of the input split into s interleaved lanes: contiguous in
     * {@code m}.
     */
    private int readWholeStep(float[] out, int max) {
        int s = wholeStep;
        long last = Math.floorDiv(inputStart + inputCount - 1 - half, s);
        int n = (int) Math.max(0, Math.min(max, last - produced + 1));
        if (n == 0) {
            return 0;
        }
        int first = (int) (produced * s - half + 1 - inputStart);
        int length = n + (taps - 1) / s;
        for (int lane = 0; lane < s; lane++) {
            if (split[lane].length < length) {
                split[lane] = new float[length];
            }
            float[] to = split[lane];
            for (int i = 0, at = first + lane; i < length; i++, at += s) {
                to[i] = input[at];
            }
        }
        Arrays.fill(out, 0, n, 0f);
        for (int j = 0; j < taps; j++) {
            float c = table[j];
            if (c == 0f) {
                continue;
            }
            wholeStepKernel.addScaled(out, split[j % s], j / s, c, n);
        }
        produced += n;
        return n;
    }

    private int readPassThrough(float[] out, int max) {
        int from = (int) (produced - inputStart);
        int n = Math.min(max, inputCount - from);
        System.arraycopy(input, from, out, 0, n);
        produced += n;
        return n;
    }

    /** Drops the input that no output still needs. */
    private void compact() {
        long keepFrom = passThrough ? produced : (long) (produced * step) - half;
        int drop = (int) Math.min(inputCount, Math.max(0, keepFrom - inputStart));
        if (drop > 0) {
            System.arraycopy(input, drop, input, 0, inputCount - drop);
            inputCount -= drop;
            inputStart += drop;
        }
    }

    private void buildTable() {
        if (passThrough) {
            half = 0;
            taps = 0;
            table = new float[0];
            return;
        }
        // Cutoff as a fraction of the input's Nyquist frequency; the kernel is that many times wider.
        double cutoff = Math.min(1.0, (double) outRate / inRate);
        double reach = ZERO_CROSSINGS / cutoff;
        half = (int) Math.ceil(reach);
        taps = 2 * half;
        table = new float[PHASES * taps];
        double norm = besselI0(KAISER_BETA);
        for (int p = 0; p < PHASES; p++) {
            double frac = (double) p / PHASES;
            double sum = 0;
            for (int j = 0; j < taps; j++) {
                double d = j - half + 1 - frac;
                double x = d / reach;
                double w = Math.abs(x) >= 1 ? 0 : besselI0(KAISER_BETA * Math.sqrt(1 - x * x)) / norm;
                double h = w * cutoff * sinc(cutoff * d);
                table[p * taps + j] = (float) h;
                sum += h;
            }
            for (int j = 0; j < taps; j++) {
                table[p * taps + j] /= (float) sum;
            }
        }
    }

    /**
     * Exactly 0 at the zero crossings, which {@code sin} misses by a rounding error: with a whole
     * step s, every s-th tap of the table then is 0 and {@link #readWholeStep} skips it (half the
     * taps from 44.1 kHz).
     */
    private static double sinc(double x) {
        if (x == Math.rint(x)) {
            return x == 0 ? 1 : 0;
        }
        return Math.sin(Math.PI * x) / (Math.PI * x);
    }

    /** The modified Bessel function of the first kind, order 0, by its power series. */
    static double besselI0(double x) {
        double sum = 1;
        double term = 1;
        double quarter = x * x / 4;
        for (int k = 1; k < 50 && term > sum * 1e-16; k++) {
            term *= quarter / ((double) k * k);
            sum += term;
        }
        return sum;
    }
}
