package org.audioimport.flavor;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;

/**
 * Downmixes interleaved float audio to mono and resamples it to one fixed rate, so that every
 * file is analysed at the same rate whatever its own.
 *
 * <p>The filter is a {@link SincTable}; the nearest of its phases is used (the timing error is at
 * most 1/512 of an input sample). Equal rates pass through untouched. Cost: {@code 2 x 8 x in/out}
 * multiply-adds per output sample (32 from 44.1 kHz), less the taps that fall on the sinc's zero
 * crossings when the step is whole (15 of the 32 from 44.1 kHz).
 *
 * <p>Output sample {@code m} is the input at time {@code m x in/out} input frames: the output is
 * aligned with the input (the filter's delay is compensated). The last few milliseconds, which
 * would need input past the end, are not produced.
 *
 * <p>With a fractional step and the Vector API, {@link #read} holds outputs back until a block of
 * whole periods can be computed in vector lanes ({@link PeriodBlocks}); {@link #drain} gives the rest
 * at the end of the stream. The outputs are the same, to the bit, either way.
 *
 * <p>Over 300 lines on purpose: passing through, the whole step, and the fractional step in blocks or
 * output by output all turn on the same input buffer, its place in the stream and the count of outputs
 * produced; split apart, each would need them handed over and kept in step. The filter's design ({@link
 * SincTable}) and the blocks' layout ({@link PeriodBlocks}) are classes of their own.
 */
final class Resampler {

    /** Input frames taken per {@link #write}, at most. */
    private static final int CHUNK = 4096;
    /** Output samples computed together by {@link #read}. */
    private static final int LANES = 4;

    private final int outRate;
    private int inRate;
    private boolean passThrough;
    /** P and Q: the rates' ratio in lowest terms, {@code inRate / outRate = P / Q}. */
    private long periodInputs;

    private long periodOutputs;
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
    private final StereoMixKernel stereoMix = StereoMixKernel.best();
    private final Optional<PeriodKernel> periodKernel;
    /** For a fractional step when a {@link PeriodKernel} is there, the blocks it computes; else null. */
    private PeriodBlocks blocks;

    Resampler(int outRate) {
        this(outRate, WholeStepKernel.best(), PeriodKernel.best());
    }

    Resampler(int outRate, WholeStepKernel wholeStepKernel, Optional<PeriodKernel> periodKernel) {
        this.outRate = outRate;
        this.wholeStepKernel = wholeStepKernel;
        this.periodKernel = periodKernel;
    }

    /** Starts a new stream at {@code inRate}. The filter table is rebuilt only when the rate changed. */
    void start(int inRate) {
        if (inRate <= 0) {
            throw new IllegalArgumentException("sample rate must be positive: " + inRate);
        }
        if (inRate != this.inRate) {
            this.inRate = inRate;
            this.passThrough = inRate == outRate;
            long common =
                    BigInteger.valueOf(inRate).gcd(BigInteger.valueOf(outRate)).longValueExact();
            this.periodInputs = inRate / common;
            this.periodOutputs = outRate / common;
            this.wholeStep = !passThrough && inRate % outRate == 0 ? inRate / outRate : 0;
            this.split = new float[wholeStep][0];
            SincTable filter = SincTable.between(inRate, outRate);
            this.half = filter.half();
            this.taps = filter.taps();
            this.table = filter.rows();
            this.blocks = passThrough || wholeStep > 0
                    ? null
                    : periodKernel
                            .map(k -> PeriodBlocks.of(k, (int) periodInputs, (int) periodOutputs, taps))
                            .orElse(null);
            this.input = new float[taps + CHUNK + (blocks == null ? 0 : blocks.inputsNeeded())];
        }
        if (blocks != null) {
            blocks.clear();
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
            stereoMix.mix(samples, fromFrame, n, input, at);
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
     * many. With a fractional step and a {@link PeriodKernel} it may hold some back until more input
     * comes: call {@link #drain} at the end of the stream.
     */
    int read(float[] out, int max) {
        if (passThrough) {
            return readPassThrough(out, max);
        }
        if (wholeStep > 0) {
            return readWholeStep(out, max);
        }
        if (blocks == null) {
            return readEach(out, 0, max);
        }
        int n = blocks.handOut(out, 0, max);
        while (n < max && nextBlock()) {
            n += blocks.handOut(out, n, max - n);
        }
        return n;
    }

    /**
     * At the end of the stream, produces up to {@code max} of the outputs the input allows, those {@link
     * #read} held back included; returns how many, 0 when there are no more.
     */
    int drain(float[] out, int max) {
        if (blocks == null) {
            return read(out, max);
        }
        int n = blocks.handOut(out, 0, max);
        return n < max ? n + readEach(out, n, max - n) : n;
    }

    /**
     * Outputs the input written since {@link #start} allows in all: those produced, those held back and
     * those not computed yet. {@link #read} without a {@link PeriodKernel} would have produced them all.
     */
    long ready() {
        long available = inputStart + inputCount;
        long low = produced;
        long high = Math.max(low, available * periodOutputs / periodInputs + 2);
        // The last output that fits: outputs fit in order, so a binary search finds it.
        while (low < high) {
            long middle = (low + high) >>> 1;
            if (locate(middle, laneStart, laneRow, 0) + half < available) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /**
     * Computes the next block of whole periods into {@link #blocks} when the input holds it; false when
     * it does not yet. The buffer holds a block and a period more than the filter's span, so it is never
     * full before a block fits: waiting for input never stalls the stream. Output {@code m + Q} starts P
     * input frames after output {@code m} and takes its table row ({@link #position} is exact), so the
     * block's first period places all of it, and its last output's span ends inside the input.
     */
    private boolean nextBlock() {
        int periods = blocks.lanes();
        int period = blocks.periodOutputs();
        long last = produced + (long) periods * period - 1;
        if (locate(last, laneStart, laneRow, 0) + half >= inputStart + inputCount) {
            return false;
        }
        int[] starts = blocks.starts();
        int[] rows = blocks.rows();
        for (int q = 0; q < period; q++) {
            locate(produced + q, starts, rows, q);
        }
        blocks.compute(input, table, taps);
        produced += (long) periods * period;
        return true;
    }

    /**
     * Where output {@code m} starts in the input buffer and its table row, into {@code starts[slot]} and
     * {@code rows[slot]}; returns its base, the input frame it is centred on.
     */
    private long locate(long m, int[] starts, int[] rows, int slot) {
        long at = position(m, periodInputs, periodOutputs);
        long base = at / SincTable.PHASES;
        starts[slot] = (int) (base - half + 1 - inputStart);
        rows[slot] = (int) (at % SincTable.PHASES) * taps;
        return base;
    }

    /**
     * Where output {@code m} lies in the input, {@code m x P / Q} frames, to the nearest of {@link
     * SincTable#PHASES} phases, in phases: {@code base x PHASES + phase}. Exact integer arithmetic; a tie
     * goes up, and there is none at 22,050 Hz out (Q, a divisor of 22,050, has one factor 2 at most, so
     * {@code 512 x remainder} is never an odd multiple of Q).
     *
     * <p>Up to this version it was computed in doubles, {@code t = m x (in / out)}. That reading is at
     * most {@code t x 2^-52} off, and it picks the phase the exact one picks as long as that is less than
     * {@code 1 / (512 Q)}: for every rate up to 384 kHz over the 600 s the flavor reads, with room
     * ({@code ResamplerTest} compares the two output by output).
     */
    static long position(long m, long periodInputs, long periodOutputs) {
        long frames = m * periodInputs;
        long base = frames / periodOutputs;
        long remainder = frames % periodOutputs;
        long phase = (remainder * 2 * SincTable.PHASES + periodOutputs) / (2 * periodOutputs);
        return base * SincTable.PHASES + phase;
    }

    /**
     * Produces, output by output, up to {@code max} outputs into {@code out} from {@code from}; returns how
     * many. Each output is a sum over the taps in tap order, a chain of dependent additions; {@value
     * #LANES} outputs are summed side by side so that their chains overlap, each with the same arithmetic
     * as alone.
     */
    private int readEach(float[] out, int from, int max) {
        long available = inputStart + inputCount;
        int n = 0;
        while (n < max) {
            int ready = 0;
            while (ready < LANES && n + ready < max) {
                if (locate(produced + ready, laneStart, laneRow, ready) + half >= available) {
                    break;
                }
                ready++;
            }
            if (ready == LANES) {
                fourOutputs(out, from + n);
            } else {
                for (int lane = 0; lane < ready; lane++) {
                    out[from + n + lane] = oneOutput(laneStart[lane], laneRow[lane]);
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
        long keepFrom = passThrough ? produced : produced * periodInputs / periodOutputs - half;
        int drop = (int) Math.min(inputCount, Math.max(0, keepFrom - inputStart));
        if (drop > 0) {
            System.arraycopy(input, drop, input, 0, inputCount - drop);
            inputCount -= drop;
            inputStart += drop;
        }
    }
}
