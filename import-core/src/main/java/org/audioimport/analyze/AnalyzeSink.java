package org.audioimport.analyze;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.audioimport.decode.InterleavedSink;
import org.audioimport.segment.NoAudio;
import org.audioimport.segment.Passage;
import org.audioimport.segment.SegmentOutcome;
import org.audioimport.segment.SegmentSettings;
import org.audioimport.segment.Segmented;

/**
 * Measures the audio a decoder streams into it: loudness, peaks, lead-in, lead-out and fades, for
 * the whole file and for each passage the segment phase finds in the same pass.
 *
 * <p>While the audio streams, the sink K-weights every channel and measures the whole file at
 * once ({@code FileLoudness}: histograms of the 400 ms and 3 s block loudnesses, as FFmpeg's
 * ebur128 filter keeps them, and the running peaks). For the passages, which the segment phase
 * knows only at the end, it keeps the energy and true peak of every 100 ms sub-block and the sample
 * peak of every 10 ms window ({@code SignalHistory}: 20 minutes in memory, the rest of a longer
 * file in a temporary file), and {@link #finish(SegmentOutcome)} aggregates them over each passage:
 * <ul>
 * <li><b>Integrated loudness</b> (ITU-R BS.1770-4): 400 ms blocks every 100 ms, channel weights
 * 1.0 for front channels, 1.41 for surrounds, 0 for LFE, by the stream's channel layout as ffmpeg's
 * ebur128 weights it (by FFmpeg's default layout for the count when the stream names none), absolute
 * gate -70 LUFS, relative gate -10 LU. A passage's blocks are those inside the sub-blocks it touches.</li>
 * <li><b>Loudness range</b> (EBU Tech 3342): 3 s windows every 100 ms, gates -70 LUFS and -20 LU,
 * 95th minus 10th percentile, read from a histogram of 0.01 LU bins (within 0.01 LU of sorting the
 * blocks). The whole file's integrated loudness comes from such a histogram too; a passage's is
 * gated exactly, in two passes over its blocks.</li>
 * <li><b>Sample peak</b> and <b>true peak</b> ({@code TruePeakMeter}).</li>
 * <li><b>Lead-in / lead-out</b>: the first and last 10 ms window whose sample peak reaches {@link
 * AnalyzeSettings#leadInDb()} / {@link AnalyzeSettings#leadOutDb()} below the passage's peak.</li>
 * <li><b>Fades</b>, on the momentary loudness (the 400 ms blocks, placed at their centres): the
 * body level is the passage's integrated loudness minus {@value SpanAnalyzer#BODY_MARGIN_DB} dB.
 * A fade-in runs from the start of the passage to the centre of the first block that reaches the
 * body level; a fade-out from the centre of the last block at the body level to the end of the
 * passage. It is a fade, and not null, only if it lasts at least {@link
 * AnalyzeSettings#fadeMinSeconds()}, the running maximum of the momentary loudness (taken from
 * the silent end) moves by at least {@link AnalyzeSettings#fadeMinDepthDb()} across it, and each
 * quarter of its duration contributes at least {@value SpanAnalyzer#QUARTER_SHARE_PERCENT}% of
 * that movement, measured in dB or in amplitude: a ramp (logarithmic or linear), not a quiet
 * intro followed by a step. On a linear fade the rule measures two thirds to three quarters
 * of the ramp: the rest is within 2 dB of the body.</li>
 * </ul>
 *
 * <p>Use: {@link #start} (the decoder calls it), {@link #accept} per block, then {@link
 * #finish(SegmentOutcome)} with the segment phase's outcome for the same file. The sink can then
 * be started again for the next file: one per worker thread is enough. Not thread-safe.
 *
 * <p>Cost: two biquads per sample and channel, and (oversampling factor - 1) x {@value
 * TruePeakMeter#TAPS} multiply-adds for the true peak where a chunk can raise it. Memory, whatever the file's length and its passages': 624 KB of history, 288 KB of
 * histograms and small per-channel buffers; and the result's gating blocks, 4 bytes per 100 ms.
 * Past 20 minutes, the history's temporary file grows by about 1.9 MB per hour of audio; it is
 * deleted when the next file starts or the sink is closed.
 */
public final class AnalyzeSink extends InterleavedSink implements AutoCloseable {

    /**
     * Version of the analysis algorithms; bump it when a change can alter a result. 2: measured on
     * the unclipped float decode (peaks above full scale, 24-bit resolution) where 1 measured the
     * 16-bit one. 3: the file's integrated loudness and loudness range from histograms of 0.01 LU
     * (within 0.01 LU of 2's), and past 20 minutes the passages measured on coarser windows, so that
     * memory stays the same for any length of file. 4: past 20 minutes the passages measured on 10 ms
     * windows again, the history's older minutes kept in a temporary file; a passage's loudness range
     * read from a histogram of 0.01 LU bins as the file's is (within 0.01 LU of sorting its blocks). 5:
     * the true peak interpolated with 48 taps (16 before), flat to 0.9 x Nyquist, so that loud masters
     * with strong high frequencies no longer read up to 0.5 dB low. 6: the channel weights of files of 3
     * channels or more by their own layout, as ffmpeg's ebur128 weighs them, where 5 went by the count (a
     * 2.1 file's LFE weighed as a front channel read 1.24 LU loud, a 4.0 file's centre as a surround 0.35).
     * 7: the K-weighting in direct form I with fused multiply-adds, twice as fast; the loudness moves by
     * rounding alone (at most 2.5e-14 LU on the real-music sets), every other figure is the same.
     */
    public static final int VERSION = 7;

    /**
     * Whether an analysis recorded at {@code version} of a file of {@code channels} is what this version
     * computes: 6 changed files of more than two channels only, and 7 changed the loudness by rounding
     * alone, which is not worth a library's decode.
     */
    public static boolean isCurrent(Integer version, Integer channels) {
        return version != null
                && (version == VERSION || version == 6 || (version == 5 && channels != null && channels <= 2));
    }

    /**
     * The true-peak interpolation is skipped for a chunk that cannot exceed the true peak of the
     * current and previous sub-blocks of 100 ms, back to a horizon shorter than the silences between
     * passages: then the maxima over any passage are unchanged. The horizon is at most this many
     * sub-blocks (2.5 s); past that, longer horizons skip hardly any more.
     */
    static final int MAX_TRUE_PEAK_HORIZON_SUB_BLOCKS = 25;

    private final AnalyzeSettings settings;
    private final int truePeakHorizon;
    private final SignalHistory history;
    private final FileLoudness fileLoudness = new FileLoudness();
    /** The short-term loudness of one passage at a time, for its loudness range. */
    private final LoudnessHistogram passageShortTerm = new LoudnessHistogram();
    /** The shape of the last file, which the true-peak meter was made for. */
    private int sampleRate;

    private int channels;
    private double[] weights;
    private KWeighting weighting;
    private TruePeakMeter truePeak;
    private long frame;
    /** The current 10 ms window, and the frame it ends at. */
    private int window;

    private long windowEnd;
    /** The current 100 ms sub-block's summed weighted energy, and the frame it starts at. */
    private double subBlockEnergy;

    private long subBlockStart;
    private float filePeak;
    private float fileTruePeak;

    /**
     * A sink for files whose passages are separated by silences of at least {@code
     * shortestGapSeconds} (the segment phase's minimum silence): the true-peak skipping must not look
     * back across one.
     */
    public AnalyzeSink(AnalyzeSettings settings, double shortestGapSeconds) {
        this(settings, shortestGapSeconds, new SignalHistory());
    }

    /** A sink keeping its history in {@code history}: the tests give one that uses its temporary file sooner. */
    AnalyzeSink(AnalyzeSettings settings, double shortestGapSeconds, SignalHistory history) {
        this.settings = settings;
        this.truePeakHorizon = truePeakHorizon(shortestGapSeconds);
        this.history = history;
    }

    public AnalyzeSink() {
        this(AnalyzeSettings.DEFAULTS, SegmentSettings.DEFAULTS.minSilenceSeconds());
    }

    /**
     * Sub-blocks a gap of {@code seconds} always covers whole, less one for where the sub-blocks
     * fall: 0 (no skipping at all) for a gap under 0.2 s.
     */
    static int truePeakHorizon(double seconds) {
        long whole =
                (long) Math.floor(seconds * SignalHistory.WINDOWS_PER_SECOND / SignalHistory.WINDOWS_PER_SUB_BLOCK);
        return (int) Math.max(0, Math.min(MAX_TRUE_PEAK_HORIZON_SUB_BLOCKS, whole - 1));
    }

    public AnalyzeSettings settings() {
        return settings;
    }

    @Override
    protected void started(int sampleRate, int channels) {
        weighting = new KWeighting(sampleRate, channels);
        if (truePeak == null || sampleRate != this.sampleRate || channels != this.channels) {
            // A window holds at most rate / 100 + 1 frames (the largest chunk measured at once);
            // the flush at the end writes TAPS / 2.
            int maxChunk = Math.max(sampleRate / SignalHistory.WINDOWS_PER_SECOND + 2, TruePeakMeter.TAPS);
            truePeak = new TruePeakMeter(sampleRate, channels, maxChunk);
        } else {
            truePeak.reset();
        }
        weights = ChannelWeights.of(channels, channelMask());
        this.sampleRate = sampleRate;
        this.channels = channels;
        history.reset(sampleRate);
        fileLoudness.reset();
        frame = 0;
        window = 0;
        windowEnd = tenMsStart(1);
        subBlockEnergy = 0;
        subBlockStart = 0;
        filePeak = 0;
        fileTruePeak = 0;
    }

    @Override
    protected void take(float[] samples, int frames) {
        int i = 0;
        while (i < frames) {
            int n = (int) Math.min(frames - i, windowEnd - frame);
            if (n > 0) {
                measure(samples, i, n);
                i += n;
                frame += n;
            }
            if (frame == windowEnd) {
                window++;
                windowEnd = tenMsStart(window + 1);
                if (window % SignalHistory.WINDOWS_PER_SUB_BLOCK == 0) {
                    fileLoudness.addSubBlock(subBlockEnergy, subBlockStart, frame);
                    subBlockEnergy = 0;
                    subBlockStart = frame;
                }
            }
        }
    }

    /** Measures frames {@code first..first+n} of the block, all inside the current window. */
    private void measure(float[] samples, int first, int n) {
        float peak = 0;
        float interpolated = 0;
        float nearby = history.recentTruePeak(window, truePeakHorizon);
        truePeak.load(samples, first, n);
        for (int c = 0; c < channels; c++) {
            peak = Math.max(peak, truePeak.samplePeak(c, n));
        }
        double energy = weighting.weightedEnergy(truePeak.buffers(), weights, truePeak.chunkOffset(), n);
        for (int c = 0; c < channels; c++) {
            interpolated = Math.max(interpolated, truePeak.peak(c, n, nearby));
        }
        float truePeakHere = Math.max(interpolated, peak);
        history.add(window, n, peak, energy, truePeakHere);
        subBlockEnergy += energy;
        filePeak = Math.max(filePeak, peak);
        fileTruePeak = Math.max(fileTruePeak, truePeakHere);
    }

    private long tenMsStart(long tenMs) {
        return tenMs * sampleRate / SignalHistory.WINDOWS_PER_SECOND;
    }

    /**
     * Ends the file and gives its analysis, with one {@link PassageAnalysis} per passage of {@code
     * segments} (the segment phase's outcome for the same file). The sink can then be started
     * again. After a decode that threw, skip it: the next {@link #start} discards what is left.
     */
    public Analysis finish(SegmentOutcome segments) {
        if (!end()) {
            return new Analysis(
                    new Loudness(null, null, null, null), null, List.of(), new GatingBlocks(new float[0]), VERSION);
        }
        flushTruePeak();
        SpanAnalyzer spans = new SpanAnalyzer(history, settings, passageShortTerm);
        Loudness file = new Loudness(
                fileLoudness.integrated(),
                fileLoudness.range(),
                filePeak == 0 ? null : 20 * Math.log10(filePeak),
                fileTruePeak == 0 ? null : 20 * Math.log10(fileTruePeak));
        GatingBlocks gating = fileLoudness.gatingBlocks();
        if (segments instanceof NoAudio || history.frames() == 0) {
            return new Analysis(file, null, List.of(), gating, VERSION);
        }
        List<Passage> passages = ((Segmented) segments).passages();
        Passage last = passages.get(passages.size() - 1);
        if (last.endFrame() > history.frames()) {
            throw new IllegalArgumentException("passages end at frame " + last.endFrame() + " but the file has "
                    + history.frames() + ": not the same file");
        }
        List<PassageAnalysis> analyses = new ArrayList<>(passages.size());
        for (Passage p : passages) {
            analyses.add(new PassageAnalysis(
                    p, spans.loudness(p.startFrame(), p.endFrame()), spans.envelope(p.startFrame(), p.endFrame())));
        }
        Envelope envelope = spans.envelope(passages.get(0).startFrame(), last.endFrame());
        return new Analysis(file, envelope, analyses, gating, VERSION);
    }

    /** Runs the interpolator past the last sample, so that the last samples' neighbours count. */
    private void flushTruePeak() {
        if (history.frames() == 0) {
            return;
        }
        int n = TruePeakMeter.TAPS / 2;
        float tail = 0;
        for (int c = 0; c < channels; c++) {
            Arrays.fill(truePeak.buffer(c), truePeak.chunkOffset(), truePeak.chunkOffset() + n, 0f);
            tail = Math.max(tail, truePeak.peak(c, n, 0));
        }
        history.raiseTruePeak(history.windows() - 1, tail);
        fileTruePeak = Math.max(fileTruePeak, tail);
    }

    /** Deletes the history's temporary file, if a long file left one; the sink can still be started again. */
    @Override
    public void close() {
        history.close();
    }

    /** Whether the last file was long enough for the history to use its temporary file. */
    boolean spilled() {
        return history.spilled();
    }

    /**
     * Bytes of what the sink keeps of the current file apart from the gating blocks of its result:
     * the history (624 KB) and the histograms (288 KB), whatever the file's length.
     */
    long retainedBytes() {
        return history.retainedBytes() + FileLoudness.retainedBytes() + LoudnessHistogram.retainedBytes();
    }

    /** Bytes of the gating blocks kept for the result: 4 per 100 ms above -70 LUFS. */
    long gatingBytes() {
        return fileLoudness.gatingBytes();
    }
}
