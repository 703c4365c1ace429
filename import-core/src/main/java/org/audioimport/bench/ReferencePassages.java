package org.audioimport.bench;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.audioimport.analyze.AnalyzeSettings;
import org.audioimport.segment.SegmentSettings;

/**
 * The passages of a file and their lead-in and lead-out as the settings define them, from the ffmpeg
 * command-line tool's decode (its own FFmpeg, not the import's), computed here in plain passes over every
 * sample: a frame is sound when a channel's magnitude reaches the threshold (the settings' level below the
 * file's sample peak, never below their floor); a run of at least the minimum silence of frames that are not
 * sound separates two passages; a passage runs from its first sound frame to its last. The lead-in is the
 * start of the first 10 ms window (windows start at frame {@code w x rate / 100}) whose peak reaches the lead
 * level below the passage's peak, the lead-out the end of the last. Written apart from the segment and analyze
 * phases, which keep bounded histories and refine candidate windows, so that the benchmark does not grade
 * them with their own code.
 */
final class ReferencePassages {
    /** One passage, in seconds from the start of the file. */
    record Passage(double start, double end, double leadIn, double leadOut) {}

    private static final int WINDOWS_PER_SECOND = 100;

    private final SegmentSettings segment;
    private final AnalyzeSettings analyze;

    ReferencePassages(SegmentSettings segment, AnalyzeSettings analyze) {
        this.segment = segment;
        this.analyze = analyze;
    }

    /**
     * The file's passages, none when it has no audio; null when ffmpeg cannot decode it. The file is decoded
     * twice, first for its peak, which sets the threshold, so that memory stays at 4 bytes per 10 ms window
     * for any length of file. {@code shape} is ffprobe's ({@link ReferenceTools#probe}), null when it found no
     * audio stream.
     */
    List<Passage> measure(Path file, ReferenceTools.StreamShape shape) throws IOException, InterruptedException {
        if (shape == null) {
            return null;
        }
        float[] peak = new float[1];
        if (decode(file, shape.channels(), magnitude -> peak[0] = Math.max(peak[0], magnitude)) == 0) {
            return null;
        }
        if (peak[0] == 0 || 20 * Math.log10(peak[0]) < segment.audibleDbfs()) {
            return List.of();
        }
        double threshold =
                Math.max(peak[0] * Math.pow(10, segment.thresholdDb() / 20), Math.pow(10, segment.floorDbfs() / 20));
        Scan scan =
                new Scan(shape.sampleRate(), threshold, Math.round(segment.minSilenceSeconds() * shape.sampleRate()));
        decode(file, shape.channels(), scan::add);
        return scan.passages();
    }

    /** What one pass over the frames keeps: the sound runs and every 10 ms window's peak. */
    private final class Scan {
        private final int rate;
        private final double threshold;
        private final long minSilence;
        private final List<long[]> runs = new ArrayList<>();
        private float[] windowPeaks = new float[1 << 12];
        private long frame;
        private int window;
        private long windowEnd;
        private long start = -1;
        private long lastSound = -1;

        Scan(int rate, double threshold, long minSilence) {
            this.rate = rate;
            this.threshold = threshold;
            this.minSilence = minSilence;
            this.windowEnd = windowStart(1, rate);
        }

        void add(float magnitude) {
            while (frame >= windowEnd) {
                window++;
                windowEnd = windowStart(window + 1L, rate);
            }
            if (window >= windowPeaks.length) {
                windowPeaks = Arrays.copyOf(windowPeaks, windowPeaks.length * 2);
            }
            windowPeaks[window] = Math.max(windowPeaks[window], magnitude);
            if (magnitude >= threshold) {
                if (start < 0) {
                    start = frame;
                } else if (frame - lastSound - 1 >= minSilence) {
                    runs.add(new long[] {start, lastSound + 1});
                    start = frame;
                }
                lastSound = frame;
            }
            frame++;
        }

        List<Passage> passages() {
            runs.add(new long[] {start, lastSound + 1});
            return runs.stream().map(run -> passage(run[0], run[1])).toList();
        }

        private Passage passage(long start, long end) {
            int firstWindow = windowOf(start, rate);
            int lastWindow = windowOf(end - 1, rate);
            float peak = 0;
            for (int w = firstWindow; w <= lastWindow; w++) {
                peak = Math.max(peak, windowPeaks[w]);
            }
            double in = peak * Math.pow(10, analyze.leadInDb() / 20);
            double out = peak * Math.pow(10, analyze.leadOutDb() / 20);
            int leadIn = firstWindow;
            while (leadIn < lastWindow && windowPeaks[leadIn] < in) {
                leadIn++;
            }
            int leadOut = lastWindow;
            while (leadOut > firstWindow && windowPeaks[leadOut] < out) {
                leadOut--;
            }
            return new Passage(
                    (double) start / rate,
                    (double) end / rate,
                    (double) Math.max(start, windowStart(leadIn, rate)) / rate,
                    (double) Math.min(end, windowStart(leadOut + 1L, rate)) / rate);
        }
    }

    /** Takes the magnitude of one frame: the largest over its channels. */
    private interface FrameMagnitudes {
        void add(float magnitude);
    }

    private static long windowStart(long window, int rate) {
        return window * rate / WINDOWS_PER_SECOND;
    }

    private static int windowOf(long frame, int rate) {
        long window = frame * WINDOWS_PER_SECOND / rate;
        while (windowStart(window + 1, rate) <= frame) {
            window++;
        }
        return Math.toIntExact(window);
    }

    /** Gives every frame ffmpeg decodes to {@code frames}, in order; returns how many there were. */
    private static long decode(Path file, int channels, FrameMagnitudes frames)
            throws IOException, InterruptedException {
        Process ffmpeg = new ProcessBuilder(
                        "ffmpeg",
                        "-nostdin",
                        "-v",
                        "error",
                        "-i",
                        file.toString(),
                        "-map",
                        "0:a:0",
                        "-f",
                        "f32le",
                        "-acodec",
                        "pcm_f32le",
                        "-")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        long count = 0;
        byte[] frame = new byte[channels * Float.BYTES];
        ByteBuffer samples = ByteBuffer.wrap(frame).order(ByteOrder.LITTLE_ENDIAN);
        try (InputStream out = ffmpeg.getInputStream();
                DataInputStream in = new DataInputStream(new BufferedInputStream(out, 1 << 16))) {
            while (true) {
                try {
                    in.readFully(frame);
                } catch (EOFException end) {
                    break;
                }
                float magnitude = 0;
                for (int c = 0; c < channels; c++) {
                    magnitude = Math.max(magnitude, Math.abs(samples.getFloat(c * Float.BYTES)));
                }
                frames.add(magnitude);
                count++;
            }
        }
        ffmpeg.waitFor();
        return count;
    }
}
