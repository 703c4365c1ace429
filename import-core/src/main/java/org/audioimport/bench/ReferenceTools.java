package org.audioimport.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reference tools, run on one file: fpcalc for the fingerprint ({@code fpcalc -raw -plain
 * -ignore-errors}, its default length of 120 s), and one {@code ffmpeg} pass through {@code
 * ebur128=peak=true} (integrated loudness, true peak, block loudness) and {@code astats} (sample peak).
 * Loudness and true peak are read from ebur128's metadata, the last frame's {@code lavfi.r128.I} and {@code
 * lavfi.r128.true_peak} (3 decimals; its summary prints 1), except a true peak under 0.1 (linear), where 3
 * decimals are too coarse and the summary's dBFS value is used. Every 100 ms frame's {@code lavfi.r128.M}
 * and {@code lavfi.r128.S} are the loudness of the 400 ms and 3 s blocks ending there: the blocks an album's
 * gain pools, and those the loudness range is read from ({@link ReferenceLoudness}). A second {@code ffmpeg} pass
 * gives a near-ideal true peak, for a check that does not depend on ebur128's own interpolation, which
 * reads up to 0.23 dB low on loud masters with strong high frequencies: libswresample with a long filter
 * (64 taps, cutoff 0.98 of Nyquist) to at least 4 times the file's rate and 176.4 kHz, then {@code
 * astats}'s peak. A value is null when the tool could not give it (it cannot decode the file, or the file
 * is silent).
 */
final class ReferenceTools {
    private static final Pattern INTEGRATED = Pattern.compile("lavfi\\.r128\\.I=(-?[0-9.]+|-inf)");
    private static final Pattern MOMENTARY = Pattern.compile("lavfi\\.r128\\.M=(-?[0-9.]+|-inf)");
    private static final Pattern SHORT_TERM = Pattern.compile("lavfi\\.r128\\.S=(-?[0-9.]+|-inf)");
    /**
     * ebur128's first frames before a whole 400 ms block: it reports a placeholder (-120.7 LUFS) for them.
     */
    private static final int PARTIAL_BLOCKS = 3;
    /** Likewise before a whole 3 s block. */
    private static final int PARTIAL_SHORT_TERM_BLOCKS = 29;

    private static final Pattern TRUE_PEAK_LINEAR = Pattern.compile("lavfi\\.r128\\.true_peak=([0-9.]+)");
    private static final Pattern TRUE_PEAK_SUMMARY = Pattern.compile("Peak:\\s+(-?[0-9.]+|-inf) dBFS");
    /** Below this linear true peak, 3 decimals are too coarse: the summary's dBFS is finer. */
    private static final double FINE_TRUE_PEAK = 0.1;

    private static final Pattern OVERALL = Pattern.compile("Overall");
    private static final Pattern SAMPLE_RATE = Pattern.compile("(?m)^sample_rate=([1-9][0-9]*)$");
    private static final Pattern CHANNELS = Pattern.compile("(?m)^channels=([1-9][0-9]*)$");
    private static final Pattern PEAK_LEVEL = Pattern.compile("Peak level dB:\\s+(-?[0-9.]+|-inf)");

    /** The lowest rate the near-ideal true peak is read at: BS.1770's 4 x 44.1 kHz. */
    private static final int RECONSTRUCTION_MIN_RATE = 176_400;

    /** What the reference tools say about one file. */
    record Reference(
            int[] fingerprint,
            Double integratedLufs,
            Double loudnessRangeLu,
            double[] blockLoudnessLufs,
            Double truePeakDbtp,
            Double samplePeakDbfs,
            Double reconstructedPeakDbtp,
            StreamShape shape) {}

    Reference measure(Path file) throws IOException, InterruptedException {
        // ametadata prints through ffmpeg's log, a whole line at a time. Sent to /dev/stderr from its own
        // buffer, its lines were cut by ffmpeg's final report: one 3 s block of 760 went missing on an
        // evaluation-set file, and the loudness range read from the rest moved by 0.16 LU.
        String levels = filterLog(file, "ebur128=peak=true:metadata=1,ametadata=mode=print,astats");
        Double integrated = last(INTEGRATED, levels);
        Double linear = last(TRUE_PEAK_LINEAR, levels);
        Double truePeak = linear != null && linear >= FINE_TRUE_PEAK
                ? Double.valueOf(20 * Math.log10(linear))
                : last(TRUE_PEAK_SUMMARY, levels);
        StreamShape shape = probe(file);
        // ebur128 starts at -70 LUFS and stays there when no block passes the gates.
        return new Reference(
                fpcalc(file),
                integrated != null && integrated <= -70 ? null : integrated,
                ReferenceLoudness.rangeLu(blocks(SHORT_TERM, PARTIAL_SHORT_TERM_BLOCKS, levels)),
                blocks(MOMENTARY, PARTIAL_BLOCKS, levels),
                truePeak,
                overallPeak(levels),
                reconstructedPeak(file, shape),
                shape);
    }

    private static Double reconstructedPeak(Path file, StreamShape shape) throws IOException, InterruptedException {
        if (shape == null) {
            return null;
        }
        int rate = Math.max(RECONSTRUCTION_MIN_RATE, 4 * shape.sampleRate());
        return overallPeak(filterLog(file, "aresample=" + rate + ":filter_size=64:cutoff=0.98:osf=flt,astats"));
    }

    /** What ffmpeg logs while it runs the first audio stream of {@code file} through {@code filters}. */
    private static String filterLog(Path file, String filters) throws IOException, InterruptedException {
        return run(
                List.of(
                        "ffmpeg",
                        "-nostdin",
                        "-hide_banner",
                        "-nostats",
                        "-i",
                        file.toString(),
                        "-map",
                        "0:a:0",
                        "-af",
                        filters,
                        "-f",
                        "null",
                        "-"),
                true);
    }

    private static int[] fpcalc(Path file) throws IOException, InterruptedException {
        String out = run(List.of("fpcalc", "-raw", "-plain", "-ignore-errors", file.toString()), false)
                .trim();
        if (!out.matches("[0-9]+(,[0-9]+)*")) {
            return null;
        }
        String[] items = out.split(",", -1);
        int[] raw = new int[items.length];
        for (int i = 0; i < items.length; i++) {
            raw[i] = (int) Long.parseLong(items[i]);
        }
        return raw;
    }

    /** Runs a tool and returns its standard output, or its standard error when {@code stderr}. */
    private static String run(List<String> command, boolean stderr) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command);
        if (stderr) {
            builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        } else {
            builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        }
        Process process = builder.start();
        String text;
        try (InputStream in = stderr ? process.getErrorStream() : process.getInputStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        process.waitFor();
        return text;
    }

    /** The first audio stream's sample rate and channel count. */
    record StreamShape(int sampleRate, int channels) {}

    /** What ffprobe says of the first audio stream's shape; null when the file has none it can read. */
    static StreamShape probe(Path file) throws IOException, InterruptedException {
        return streamShape(run(
                List.of(
                        "ffprobe",
                        "-v",
                        "error",
                        "-select_streams",
                        "a:0",
                        "-show_entries",
                        "stream=sample_rate,channels",
                        "-of",
                        "default=noprint_wrappers=1",
                        file.toString()),
                false));
    }

    /** The shape in ffprobe's {@code key=value} lines, or null when either value is missing. */
    static StreamShape streamShape(String ffprobeOutput) {
        Matcher rate = SAMPLE_RATE.matcher(ffprobeOutput);
        Matcher channels = CHANNELS.matcher(ffprobeOutput);
        return rate.find() && channels.find()
                ? new StreamShape(Integer.parseInt(rate.group(1)), Integer.parseInt(channels.group(1)))
                : null;
    }

    /** The last value of {@code pattern} in {@code text}: ebur128's summary comes after its per-frame lines. */
    static Double last(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        String value = null;
        while (m.find()) {
            value = m.group(1);
        }
        return number(value);
    }

    /** Every whole 400 ms block's loudness that ebur128 logged, in LUFS, in order. */
    static double[] blockLoudness(String text) {
        return blocks(MOMENTARY, PARTIAL_BLOCKS, text);
    }

    /** The loudness of every block {@code pattern} finds after the first {@code partial}, in LUFS, in order. */
    private static double[] blocks(Pattern pattern, int partial, String text) {
        return pattern.matcher(text)
                .results()
                .skip(partial)
                .mapToDouble(block -> {
                    Double loudness = number(block.group(1));
                    return loudness == null ? Double.NEGATIVE_INFINITY : loudness;
                })
                .toArray();
    }

    /** astats's overall sample peak: the first "Peak level dB" after its "Overall" heading. */
    static Double overallPeak(String text) {
        Matcher overall = OVERALL.matcher(text);
        if (!overall.find()) {
            return null;
        }
        Matcher peak = PEAK_LEVEL.matcher(text);
        return peak.find(overall.end()) ? number(peak.group(1)) : null;
    }

    private static Double number(String value) {
        return value == null || value.equals("-inf") ? null : Double.valueOf(value);
    }
}
