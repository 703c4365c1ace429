package org.audioimport.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.audioimport.analyze.AnalyzeSink;
import org.audioimport.decode.AudioDecoder;
import org.audioimport.decode.DecodeException;
import org.audioimport.decode.DecodeResult;
import org.audioimport.decode.PcmFanOut;
import org.audioimport.decode.PcmSink;
import org.audioimport.decode.SinkException;
import org.audioimport.fingerprint.Chromaprint;
import org.audioimport.fingerprint.FingerprintSink;
import org.audioimport.segment.SegmentSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decode-only, decode+fingerprint and decode+every phase throughput, per format, on one thread. Each pass is timed by the
 * thread's CPU time, not the wall clock, so a busy shared machine skews it less; the figure is audio
 * seconds per CPU second ("x real time per core"), the median over the passes.
 */
public final class DecodeBenchmark {
    private static final Logger LOG = LoggerFactory.getLogger(DecodeBenchmark.class);

    private final Chromaprint chromaprint;
    private final int passes;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    public DecodeBenchmark(Chromaprint chromaprint, int passes) {
        this.chromaprint = chromaprint;
        this.passes = passes;
    }

    /**
     * Per container: files, audio seconds, and the median x real time of decode only, decode with the
     * fingerprint, and decode with every phase of the import (fingerprint, segment, analyze).
     */
    public record FormatResult(
            String container,
            int files,
            double audioSeconds,
            double decodeXRealtime,
            double decodeFingerprintXRealtime,
            double decodeAllPhasesXRealtime) {}

    public List<FormatResult> run(List<Path> files) throws DecodeException, SinkException {
        AudioDecoder decoder = AudioDecoder.ffmpeg();
        Map<String, List<Path>> byContainer = new LinkedHashMap<>();
        for (Path file : files) {
            try {
                byContainer
                        .computeIfAbsent(decoder.probe(file).container(), k -> new ArrayList<>())
                        .add(file);
            } catch (DecodeException notAudio) {
                LOG.warn("{}: left out of the benchmark, {}", file, notAudio.getMessage());
            }
        }
        List<FormatResult> results = new ArrayList<>();
        try (FingerprintSink fingerprint = chromaprint.newSink();
                SegmentSink segment = new SegmentSink();
                AnalyzeSink analyze = new AnalyzeSink()) {
            // An empty fan-out drops every block: what the decoder costs by itself.
            PcmSink nothing = new PcmFanOut(List.of());
            PcmSink allPhases = new PcmFanOut(List.of(fingerprint, segment, analyze));
            for (Map.Entry<String, List<Path>> format : byContainer.entrySet()) {
                List<Path> group = format.getValue();
                double audio = pass(decoder, group, nothing, () -> {});
                double[] decodeOnly = new double[passes];
                double[] withFingerprint = new double[passes];
                double[] withAll = new double[passes];
                for (int i = 0; i < passes; i++) {
                    decodeOnly[i] = audio / cpuSeconds(() -> pass(decoder, group, nothing, () -> {}));
                    withFingerprint[i] =
                            audio / cpuSeconds(() -> pass(decoder, group, fingerprint, fingerprint::finish));
                    withAll[i] = audio
                            / cpuSeconds(() -> pass(decoder, group, allPhases, () -> {
                                fingerprint.finish();
                                analyze.finish(segment.finish());
                            }));
                }
                results.add(new FormatResult(
                        format.getKey(),
                        group.size(),
                        audio,
                        median(decodeOnly),
                        median(withFingerprint),
                        median(withAll)));
            }
        }
        return results;
    }

    /** Decodes every file once, finishing the phases after each; returns the audio seconds decoded. */
    private static double pass(AudioDecoder decoder, List<Path> files, PcmSink sink, Finish finish)
            throws DecodeException, SinkException {
        double seconds = 0;
        for (Path file : files) {
            DecodeResult result = decoder.decode(file, sink);
            finish.run();
            seconds += result.durationSeconds();
        }
        return seconds;
    }

    @FunctionalInterface
    private interface Finish {
        void run() throws SinkException;
    }

    private double cpuSeconds(Pass pass) throws DecodeException, SinkException {
        long start = threads.getCurrentThreadCpuTime();
        pass.run();
        return (threads.getCurrentThreadCpuTime() - start) / 1e9;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    @FunctionalInterface
    private interface Pass {
        double run() throws DecodeException, SinkException;
    }
}
