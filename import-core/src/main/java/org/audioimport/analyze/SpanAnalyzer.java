package org.audioimport.analyze;

import org.audioimport.decode.Ticks;

/**
 * Aggregates a {@link SignalHistory} over a span of frames (a passage, or the file's audible span)
 * at the end of a file: its loudness, peaks, lead-in, lead-out and fades. See {@link AnalyzeSink}
 * for the rules. It works in the history's windows and sub-blocks: 10 ms and 100 ms.
 */
final class SpanAnalyzer {
    /** The body level of a span is its integrated loudness minus this. */
    static final double BODY_MARGIN_DB = 2.0;
    /** Each quarter of a fade carries at least this share of its rise or fall. */
    static final int QUARTER_SHARE_PERCENT = 10;

    private static final int GATING_SUB_BLOCKS = 4;
    private static final int SHORT_TERM_SUB_BLOCKS = 30;
    /** Momentary loudness of a block of digital silence, so that it compares as very quiet. */
    private static final double SILENT_LUFS = -200;

    private final SignalHistory history;
    private final AnalyzeSettings settings;
    private final LoudnessHistogram shortTerm;
    private final int sampleRate;
    private final int completeSubBlocks;

    /** An analyzer of {@code history}, which counts each span's short-term loudness into {@code shortTerm}. */
    SpanAnalyzer(SignalHistory history, AnalyzeSettings settings, LoudnessHistogram shortTerm) {
        this.history = history;
        this.settings = settings;
        this.shortTerm = shortTerm;
        this.sampleRate = history.sampleRate();
        this.completeSubBlocks = history.completeSubBlocks();
    }

    /** Loudness and peaks of frames {@code start..end} (exclusive). */
    Loudness loudness(long start, long end) {
        if (end <= start) {
            return new Loudness(null, null, null, null);
        }
        int lastWindow = history.windowOf(end - 1);
        float peak = 0;
        for (int w = history.windowOf(start); w <= lastWindow; w++) {
            peak = Math.max(peak, history.windowPeak(w));
        }
        float truePeak = 0;
        int lastSub = lastWindow / SignalHistory.WINDOWS_PER_SUB_BLOCK;
        for (int s = history.windowOf(start) / SignalHistory.WINDOWS_PER_SUB_BLOCK; s <= lastSub; s++) {
            truePeak = Math.max(truePeak, history.subTruePeak(s));
        }
        int first = firstSubBlock(start);
        int last = lastSubBlock(end);
        Double integrated = integrated(first, last);
        shortTerm.clear();
        for (int b = 0; b < blocks(first, last, SHORT_TERM_SUB_BLOCKS); b++) {
            shortTerm.add(history.blockEnergy(first + b, SHORT_TERM_SUB_BLOCKS));
        }
        Double range = shortTerm.range();
        return new Loudness(
                integrated,
                range,
                peak == 0 ? null : 20 * Math.log10(peak),
                truePeak == 0 ? null : 20 * Math.log10(truePeak));
    }

    /** Lead-in, lead-out and fades of frames {@code start..end} (exclusive), which hold sound. */
    Envelope envelope(long start, long end) {
        int firstWindow = history.windowOf(start);
        int lastWindow = history.windowOf(end - 1);
        float peak = 0;
        for (int w = firstWindow; w <= lastWindow; w++) {
            peak = Math.max(peak, history.windowPeak(w));
        }
        double in = peak * Math.pow(10, settings.leadInDb() / 20);
        double out = peak * Math.pow(10, settings.leadOutDb() / 20);
        int leadIn = firstWindow;
        while (leadIn < lastWindow && history.windowPeak(leadIn) < in) {
            leadIn++;
        }
        int leadOut = lastWindow;
        while (leadOut > firstWindow && history.windowPeak(leadOut) < out) {
            leadOut--;
        }
        long leadInFrame = Math.max(start, history.windowStart(leadIn));
        long leadOutFrame = Math.min(end, history.windowStart(leadOut + 1L));

        Fade fadeIn = null;
        Fade fadeOut = null;
        int first = firstSubBlock(start);
        int last = lastSubBlock(end);
        Double body = integrated(first, last);
        if (body != null) {
            int n = blocks(first, last, GATING_SUB_BLOCKS);
            fadeIn = fadeIn(first, n, body - BODY_MARGIN_DB, start);
            fadeOut = fadeOut(first, n, body - BODY_MARGIN_DB, end);
        }
        return new Envelope(ticks(leadInFrame), ticks(leadOutFrame), fadeIn, fadeOut);
    }

    /** Momentary loudness of the 400 ms block starting at sub-block {@code subBlock}. */
    private double momentary(int subBlock) {
        double energy = history.blockEnergy(subBlock, GATING_SUB_BLOCKS);
        return energy > 0 ? LoudnessMath.loudness(energy) : SILENT_LUFS;
    }

    /** The frame at the centre of the 400 ms block starting at sub-block {@code subBlock}. */
    private long centre(int subBlock) {
        return (history.subBlockStart(subBlock) + history.subBlockStart(subBlock + GATING_SUB_BLOCKS)) / 2;
    }

    /** Whether the {@code n} blocks from sub-block {@code first} ramp up from {@code start} to {@code body}. */
    private Fade fadeIn(int first, int n, double body, long start) {
        int reach = 0;
        while (reach < n && momentary(first + reach) < body) {
            reach++;
        }
        if (reach == n || !isFade(centre(first + reach) - start)) {
            return null;
        }
        // Running maximum from the start, sampled at the ends of the four quarters.
        long end = centre(first + reach);
        double[] marks = new double[5];
        marks[0] = momentary(first);
        double running = marks[0];
        int b = 0;
        for (int q = 1; q <= 4; q++) {
            long until = start + (end - start) * q / 4;
            while (b <= reach && centre(first + b) <= until) {
                running = Math.max(running, momentary(first + b));
                b++;
            }
            marks[q] = running;
        }
        return isRamp(marks) ? new Fade(ticks(start), ticks(end)) : null;
    }

    /** Whether the {@code n} blocks from sub-block {@code first} ramp down from {@code body} to {@code end}. */
    private Fade fadeOut(int first, int n, double body, long end) {
        int leave = n - 1;
        while (leave >= 0 && momentary(first + leave) < body) {
            leave--;
        }
        if (leave < 0 || !isFade(end - centre(first + leave))) {
            return null;
        }
        // Running maximum from the end backwards, sampled at the starts of the four quarters.
        long start = centre(first + leave);
        double[] marks = new double[5];
        marks[0] = momentary(first + n - 1);
        double running = marks[0];
        int b = n - 1;
        for (int q = 1; q <= 4; q++) {
            long from = end - (end - start) * q / 4;
            while (b >= leave && centre(first + b) >= from) {
                running = Math.max(running, momentary(first + b));
                b--;
            }
            marks[q] = running;
        }
        return isRamp(marks) ? new Fade(ticks(start), ticks(end)) : null;
    }

    private boolean isFade(long frames) {
        return frames >= settings.fadeMinSeconds() * sampleRate;
    }

    /**
     * Whether the running levels (dB) at the quarter marks rise by the minimum depth, and evenly:
     * every quarter carries its share of the rise either in dB (a logarithmic fade) or in
     * amplitude (a linear one, the most common, whose dB change piles up at the quiet end).
     */
    private boolean isRamp(double[] marks) {
        if (marks[4] - marks[0] < settings.fadeMinDepthDb()) {
            return false;
        }
        double[] amplitudes = new double[5];
        for (int q = 0; q <= 4; q++) {
            amplitudes[q] = Math.pow(10, marks[q] / 20);
        }
        return evenly(marks) || evenly(amplitudes);
    }

    /** Whether each of the four steps of {@code marks} carries its share of the whole rise. */
    private static boolean evenly(double[] marks) {
        double share = (marks[4] - marks[0]) * QUARTER_SHARE_PERCENT / 100;
        for (int q = 1; q <= 4; q++) {
            if (marks[q] - marks[q - 1] < share) {
                return false;
            }
        }
        return true;
    }

    /**
     * Integrated loudness (BS.1770-4) of the 400 ms blocks within sub-blocks {@code first..last}: the
     * mean of the blocks above the absolute gate, then of those above that mean minus 10 LU. Two passes
     * over the history rather than a list of the blocks, so that a passage of hours needs no more
     * memory than one of seconds. Null when no block passes.
     */
    private Double integrated(int first, int last) {
        int n = blocks(first, last, GATING_SUB_BLOCKS);
        double sum = 0;
        int kept = 0;
        for (int b = 0; b < n; b++) {
            double energy = history.blockEnergy(first + b, GATING_SUB_BLOCKS);
            if (energy > LoudnessMath.ABSOLUTE_GATE_ENERGY) {
                sum += energy;
                kept++;
            }
        }
        if (kept == 0) {
            return null;
        }
        double relative = sum / kept * Math.pow(10, LoudnessMath.RELATIVE_GATE_LU / 10);
        sum = 0;
        kept = 0;
        for (int b = 0; b < n; b++) {
            double energy = history.blockEnergy(first + b, GATING_SUB_BLOCKS);
            if (energy > LoudnessMath.ABSOLUTE_GATE_ENERGY && energy > relative) {
                sum += energy;
                kept++;
            }
        }
        return kept == 0 ? null : LoudnessMath.loudness(sum / kept);
    }

    /** Blocks of {@code length} sub-blocks, stepping by one, that lie within sub-blocks {@code first..last}. */
    private static int blocks(int first, int last, int length) {
        return Math.max(0, last - first + 2 - length);
    }

    /** The sub-block holding {@code start}. */
    private int firstSubBlock(long start) {
        return history.windowOf(start) / SignalHistory.WINDOWS_PER_SUB_BLOCK;
    }

    /** The last complete sub-block holding audio before {@code end}. */
    private int lastSubBlock(long end) {
        return Math.min(completeSubBlocks - 1, history.windowOf(end - 1) / SignalHistory.WINDOWS_PER_SUB_BLOCK);
    }

    private long ticks(long frame) {
        return Ticks.fromFrames(frame, sampleRate);
    }
}
