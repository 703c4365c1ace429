package org.audioimport.flavor;

import java.util.Optional;
import org.audioimport.simd.VectorApi;

/**
 * The resampler's loop for a fractional step, over a block of whole periods in vector lanes. With the
 * rates' ratio P/Q in lowest terms (48 kHz to 22,050 Hz: 320/147), output {@code m + Q} takes the same
 * table row as output {@code m}, P inputs later: lane {@code l} of a block computes the outputs of its
 * {@code l}-th period, and the input is laid out so that the lanes' samples lie side by side.
 */
interface PeriodKernel {
    /** Periods a block holds: one a lane. */
    int lanes();

    /**
     * For each {@code q} below {@code count}, and each lane {@code l}: {@code sums[q x lanes + l]} is the
     * sum, over the taps {@code j} in tap order from 0, of {@code laid[(offsets[q] + j) x lanes + l] x
     * table[rows[q] + j]}, each product and each sum rounded to a float: what the resampler's
     * output-by-output loop computes, to the bit.
     */
    void sumRows(float[] laid, int[] offsets, int[] rows, int count, float[] table, int taps, float[] sums);

    /** The Vector API's kernel when the JVM has the module; else none, and the resampler goes output by output. */
    static Optional<PeriodKernel> best() {
        // Loaded only when the module is there: without it, the class cannot link.
        return VectorApi.present() ? Optional.of(new VectorPeriodKernel()) : Optional.empty();
    }
}
