package org.audioimport.flavor;

/**
 * The {@link Resampler}'s blocks of whole periods for a fractional step: with the rates' ratio P/Q in
 * lowest terms, a block is {@link #lanes()} periods of Q outputs, lane {@code l} computing the {@code
 * l}-th, and its outputs are handed out in order. The input the block reads is laid out lane by lane
 * (sample {@code k} of every lane side by side), so that a {@link PeriodKernel} reads each tap of all the
 * lanes as one vector. Not thread-safe.
 */
final class PeriodBlocks {

    /** Periods longer than this many inputs (from 1 MHz and more) are left to the output-by-output loop. */
    private static final int MAX_PERIOD_INPUTS = 8192;

    private final PeriodKernel kernel;
    private final int periodInputs;
    private final int periodOutputs;
    private final int lanes;
    private final int[] starts;
    private final int[] rows;
    private final int[] offsets;
    private final float[] laid;
    private final float[] sums;
    private final float[] pending;
    private int handedOut;
    private int computed;

    private PeriodBlocks(PeriodKernel kernel, int periodInputs, int periodOutputs, int taps) {
        this.kernel = kernel;
        this.periodInputs = periodInputs;
        this.periodOutputs = periodOutputs;
        this.lanes = kernel.lanes();
        this.starts = new int[periodOutputs];
        this.rows = new int[periodOutputs];
        this.offsets = new int[periodOutputs];
        this.laid = new float[(periodInputs + taps + 1) * lanes];
        this.sums = new float[periodOutputs * lanes];
        this.pending = new float[periodOutputs * lanes];
    }

    /** Blocks for a ratio of P/Q in lowest terms with {@code taps}; null when a period is too long. */
    static PeriodBlocks of(PeriodKernel kernel, int periodInputs, int periodOutputs, int taps) {
        return periodInputs > MAX_PERIOD_INPUTS ? null : new PeriodBlocks(kernel, periodInputs, periodOutputs, taps);
    }

    /** Periods a block holds. */
    int lanes() {
        return lanes;
    }

    /** Q: outputs a period. */
    int periodOutputs() {
        return periodOutputs;
    }

    /** Input frames a block reads beyond the filter's own span, which the resampler's buffer must hold. */
    int inputsNeeded() {
        return (lanes + 1) * periodInputs;
    }

    /** Forgets the outputs of the last stream. */
    void clear() {
        handedOut = 0;
        computed = 0;
    }

    /** Where each output of the block's first period starts in the input: the resampler fills it. */
    int[] starts() {
        return starts;
    }

    /** The table row of each output of the block's first period: the resampler fills it. */
    int[] rows() {
        return rows;
    }

    /**
     * Computes the block from {@code input}, every lane by the first period's {@link #starts()} and {@link
     * #rows()}, a period further on. The input holds the whole block: its last output's span ends inside it.
     */
    void compute(float[] input, float[] table, int taps) {
        int first = starts[0];
        int span = starts[periodOutputs - 1] - first + taps;
        for (int lane = 0; lane < lanes; lane++) {
            for (int k = 0, from = first + lane * periodInputs; k < span; k++) {
                laid[k * lanes + lane] = input[from + k];
            }
        }
        for (int q = 0; q < periodOutputs; q++) {
            offsets[q] = starts[q] - first;
        }
        kernel.sumRows(laid, offsets, rows, periodOutputs, table, taps, sums);
        for (int lane = 0; lane < lanes; lane++) {
            for (int q = 0; q < periodOutputs; q++) {
                pending[lane * periodOutputs + q] = sums[q * lanes + lane];
            }
        }
        handedOut = 0;
        computed = lanes * periodOutputs;
    }

    /** Copies up to {@code max} of the computed outputs not handed out yet into {@code out} from {@code from}; returns how many. */
    int handOut(float[] out, int from, int max) {
        int n = Math.min(max, computed - handedOut);
        System.arraycopy(pending, handedOut, out, from, n);
        handedOut += n;
        return n;
    }
}
