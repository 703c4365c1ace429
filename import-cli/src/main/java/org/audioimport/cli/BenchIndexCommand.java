package org.audioimport.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.audioimport.bench.IndexBenchReport;
import org.audioimport.bench.IndexBenchSettings;
import org.audioimport.bench.IndexBenchmark;
import org.audioimport.index.IndexException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code audio-import bench index}: our HNSW index built one by one and by batch, beside Lucene's HNSW
 * over the same vectors when Lucene is beside the jar.
 */
@Command(
        name = "index",
        mixinStandardHelpOptions = true,
        description = "Measure the HNSW index: insert throughput one by one and by batch, build time, recall@10 "
                + "and query latency at several ef, graph memory; beside Lucene's HNSW when it is found.")
final class BenchIndexCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private JsonOption jsonOption;

    @Option(
            names = "--vectors",
            paramLabel = "N",
            defaultValue = "100000",
            description = "Vectors to index (default: ${DEFAULT-VALUE}).")
    private int vectors;

    @Option(
            names = "--dim",
            paramLabel = "D",
            defaultValue = "64",
            description = "Floats per vector (default: ${DEFAULT-VALUE}).")
    private int dimension;

    @Option(
            names = "--queries",
            paramLabel = "N",
            defaultValue = "1000",
            description = "Held-out queries, with brute-force true neighbours (default: ${DEFAULT-VALUE}).")
    private int queries;

    @Option(
            names = "--ef",
            paramLabel = "EF",
            split = ",",
            defaultValue = "16,32,48,64,128,256",
            description = "Search widths to measure, comma-separated, each at least 10 (default: ${DEFAULT-VALUE}).")
    private List<Integer> efs;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Threads of the batch insert (default: one per processor).")
    private Integer threads;

    @Option(
            names = "--seed",
            paramLabel = "N",
            defaultValue = "42",
            description = "Seed of the vectors and queries (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Override
    public Integer call() throws IndexException {
        IndexBenchSettings settings = settings();
        PrintWriter err = spec.commandLine().getErr();
        IndexBenchmark benchmark = new IndexBenchmark(new StageProgress(err, Terminal.stderrIsTerminal()));
        if (!benchmark.luceneFound()) {
            err.println("audio-import: Lucene was not found on the class path (the launcher's jar looks for "
                    + "bench-lib/lucene-core-*.jar beside it), so only our index is measured");
        }
        IndexBenchReport report = benchmark.run(settings);
        jsonOption.print(() -> IndexBenchJson.of(report), out -> IndexBenchTable.print(report, out));
        return ExitCodes.OK;
    }

    private IndexBenchSettings settings() {
        int batchThreads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        try {
            return new IndexBenchSettings(vectors, dimension, queries, efs, batchThreads, seed);
        } catch (IllegalArgumentException e) {
            // The message names the setting in words ("dimension must be at most 1024, not 2000").
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
