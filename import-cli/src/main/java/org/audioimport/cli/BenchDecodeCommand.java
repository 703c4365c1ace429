package org.audioimport.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.audioimport.bench.DecodeBenchmark;
import org.audioimport.decode.DecodeException;
import org.audioimport.decode.SinkException;
import org.audioimport.fingerprint.Chromaprint;
import org.audioimport.fingerprint.ChromaprintUnavailableException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code audio-import bench decode DIR}: decode-only and decode+fingerprint speed per format, on one core. */
@Command(
        name = "decode",
        mixinStandardHelpOptions = true,
        description = "Measure decode-only, decode+fingerprint and decode+all phases throughput per format "
                + "(x real time per core).")
final class BenchDecodeCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private JsonOption jsonOption;

    @Parameters(paramLabel = "DIR", arity = "1..*", description = "Folders (or files) of audio to decode.")
    private List<Path> roots;

    @Option(
            names = "--passes",
            paramLabel = "N",
            defaultValue = "15",
            description = "Timed passes per format; the median is reported (default: ${DEFAULT-VALUE}).")
    private int passes;

    @Override
    public Integer call() throws IOException, DecodeException, SinkException, ChromaprintUnavailableException {
        if (passes < 1) {
            throw new ParameterException(spec.commandLine(), "--passes must be at least 1");
        }
        List<DecodeBenchmark.FormatResult> results = new DecodeBenchmark(Chromaprint.load(), passes).run(audioFiles());
        jsonOption.print(() -> json(results), out -> print(results, out));
        return ExitCodes.OK;
    }

    private static ArrayNode json(List<DecodeBenchmark.FormatResult> results) {
        ArrayNode json = Json.array();
        for (DecodeBenchmark.FormatResult r : results) {
            json.addObject()
                    .put("format", r.container())
                    .put("files", r.files())
                    .put("audio_s", Json.round(r.audioSeconds()))
                    .put("decode_x_realtime", Math.round(r.decodeXRealtime()))
                    .put("decode_fingerprint_x_realtime", Math.round(r.decodeFingerprintXRealtime()))
                    .put("decode_all_phases_x_realtime", Math.round(r.decodeAllPhasesXRealtime()))
                    .put("phases_ms_per_audio_minute", Json.round(phaseMillisPerMinute(r)));
        }
        return json;
    }

    private static void print(List<DecodeBenchmark.FormatResult> results, PrintWriter out) {
        out.printf(
                "%-6s %5s %9s %12s %16s %16s %18s%n",
                "format",
                "files",
                "audio s",
                "decode x RT",
                "+fingerprint x RT",
                "+all phases x RT",
                "phases ms/audio min");
        for (DecodeBenchmark.FormatResult r : results) {
            out.printf(
                    "%-6s %5d %9.1f %12.0f %16.0f %16.0f %18.1f%n",
                    r.container(),
                    r.files(),
                    r.audioSeconds(),
                    r.decodeXRealtime(),
                    r.decodeFingerprintXRealtime(),
                    r.decodeAllPhasesXRealtime(),
                    phaseMillisPerMinute(r));
        }
    }

    /** CPU milliseconds the phases add to the decode, per minute of audio. */
    private static double phaseMillisPerMinute(DecodeBenchmark.FormatResult r) {
        return 60_000 / r.decodeAllPhasesXRealtime() - 60_000 / r.decodeXRealtime();
    }

    private List<Path> audioFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.exists(root)) {
                throw new ParameterException(spec.commandLine(), root + ": no such file or folder");
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> !p.getFileName().toString().endsWith(".tsv"))
                        .sorted()
                        .forEach(files::add);
            }
        }
        return files;
    }
}
