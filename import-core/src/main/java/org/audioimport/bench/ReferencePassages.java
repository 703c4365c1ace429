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
 * command-line tool's decode (its own FFmpeg, not the import's), computed here in one plain pass over every
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

    /** The file's passages, none when it has no audio; null when ffmpeg cannot decode it. */
    List<Passage> measure(Path file) throws IOException, InterruptedException {
        ReferenceTools.StreamShape shape = ReferenceTools.probe(file);
        float[] magnitudes = shape == null ? null : frameMagnitudes(file, shape.channels());
        if (magnitudes == null) {
            return null;
        }
        int sampleRate = shape.sampleRate();
        float peak = 0;
        for (float magnitude : magnitudes) {
            peak = Math.max(peak, magnitude);
        }
        if (peak == 0 || 20 * Math.log10(peak) < segment.audibleDbfs()) {
            return List.of();
        }
        double threshold =
                Math.max(peak * Math.pow(10, segment.thresholdDb() / 20), Math.pow(10, segment.floorDbfs() / 20));
        long minSilence = Math.round(segment.minSilenceSeconds() * sampleRate);
        List<Passage> passages = new ArrayList<>();
        int start = -1;
        int lastSound = -1;
        for (int i = 0; i < magnitudes.length; i++) {
            if (magnitudes[i] < threshold) {
                continue;
            }
            if (start < 0) {
                start = i;
            } else if (i - lastSound - 1 >= minSilence) {
                passages.add(passage(magnitudes, start, lastSound + 1, sampleRate));
                start = i;
            }
            lastSound = i;
        }
        passages.add(passage(magnitudes, start, lastSound + 1, sampleRate));
        return passages;
    }

    private Passage passage(float[] magnitudes, int start, int end, int rate) {
        int firstWindow = windowOf(start, rate);
        int lastWindow = windowOf(end - 1, rate);
        float peak = 0;
        for (int w = firstWindow; w <= lastWindow; w++) {
            peak = Math.max(peak, windowPeak(magnitudes, w, rate));
        }
        double in = peak * Math.pow(10, analyze.leadInDb() / 20);
        double out = peak * Math.pow(10, analyze.leadOutDb() / 20);
        int leadIn = firstWindow;
        while (leadIn < lastWindow && windowPeak(magnitudes, leadIn, rate) < in) {
            leadIn++;
        }
        int leadOut = lastWindow;
        while (leadOut > firstWindow && windowPeak(magnitudes, leadOut, rate) < out) {
            leadOut--;
        }
        return new Passage(
                (double) start / rate,
                (double) end / rate,
                (double) Math.max(start, windowStart(leadIn, rate)) / rate,
                (double) Math.min(end, windowStart(leadOut + 1L, rate)) / rate);
    }

    private static float windowPeak(float[] magnitudes, int window, int rate) {
        int from = (int) Math.min(magnitudes.length, windowStart(window, rate));
        int to = (int) Math.min(magnitudes.length, windowStart(window + 1L, rate));
        float peak = 0;
        for (int i = from; i < to; i++) {
            peak = Math.max(peak, magnitudes[i]);
        }
        return peak;
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

    /** The largest magnitude over the channels of every frame ffmpeg decodes, or null when it decodes none. */
    private static float[] frameMagnitudes(Path file, int channels) throws IOException, InterruptedException {
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
        float[] magnitudes = new float[1 << 20];
        int frames = 0;
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
                if (frames == magnitudes.length) {
                    magnitudes = Arrays.copyOf(magnitudes, frames * 2);
                }
                magnitudes[frames++] = magnitude;
            }
        }
        ffmpeg.waitFor();
        return frames == 0 ? null : Arrays.copyOf(magnitudes, frames);
    }
}
