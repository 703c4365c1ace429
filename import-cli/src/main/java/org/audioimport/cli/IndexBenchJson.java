package org.audioimport.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.ToDoubleFunction;
import org.audioimport.bench.IndexBenchReport;
import org.audioimport.bench.IndexBenchSettings;

/** The JSON of {@code bench index}, keys as docs/cli.md lists them; Lucene's are null when it was not found. */
final class IndexBenchJson {
    private IndexBenchJson() {}

    static ObjectNode of(IndexBenchReport report) {
        IndexBenchSettings settings = report.settings();
        IndexBenchReport.Build sequential = report.sequential();
        IndexBenchReport.Build batch = report.batch();
        ObjectNode json = Json.object()
                .put("vectors", settings.vectors())
                .put("dimension", settings.dimension())
                .put("queries", settings.queries())
                .put("k", IndexBenchSettings.K)
                .put("m", IndexBenchSettings.M)
                .put("ef_construction", IndexBenchSettings.EF_CONSTRUCTION)
                .put("threads", settings.threads())
                .put("seed", settings.seed())
                .put("sequential_s", Json.round(sequential.seconds()))
                .put("sequential_cpu_s", Json.round(sequential.cpuSeconds()))
                .put("sequential_others_cpu_s", known(sequential.othersCpuSeconds()))
                .put("sequential_vps", Math.round(sequential.vectorsPerSecond()))
                .put("build_s", Json.round(batch.seconds()))
                .put("build_cpu_s", Json.round(batch.cpuSeconds()))
                .put("build_others_cpu_s", known(batch.othersCpuSeconds()))
                .put("batch_vps", Math.round(batch.vectorsPerSecond()))
                .put("batch_vs_sequential", Json.round(report.batchVsSequential()))
                .put("graph_bytes", batch.graphBytes())
                .put("distance_kernel", report.distanceKernel())
                .put("sequential_allocated_bytes", sequential.memory().allocatedBytes())
                .put("sequential_peak_heap_bytes", sequential.memory().peakHeapBytes())
                .put("sequential_retained_bytes", sequential.memory().retainedBytes())
                .put("batch_allocated_bytes", batch.memory().allocatedBytes())
                .put("batch_peak_heap_bytes", batch.memory().peakHeapBytes())
                .put("batch_retained_bytes", batch.memory().retainedBytes())
                .put("batch_extra_peak_heap", Json.round(report.batchExtraPeakHeap()))
                .put("batch_extra_allocated", Json.round(report.batchExtraAllocated()));
        json.set("recall_at_10", byEf(batch, IndexBenchReport.Searches::recallAt10));
        json.set("query_us_p50", byEf(batch, IndexBenchReport.Searches::p50Micros));
        json.set("query_us_p99", byEf(batch, IndexBenchReport.Searches::p99Micros));
        json.set("sequential_recall_at_10", byEf(sequential, IndexBenchReport.Searches::recallAt10));
        json.set("sequential_query_us_p50", byEf(sequential, IndexBenchReport.Searches::p50Micros));
        IndexBenchReport.ReferenceBuild lucene = report.lucene().orElse(null);
        IndexBenchReport.Build luceneBuild = lucene == null ? null : lucene.build();
        json.put("lucene_version", lucene == null ? null : lucene.version());
        json.put("lucene_scorer", lucene == null ? null : lucene.scorer());
        json.put("lucene_build_s", luceneBuild == null ? null : Json.round(luceneBuild.seconds()));
        json.put("lucene_build_cpu_s", luceneBuild == null ? null : Json.round(luceneBuild.cpuSeconds()));
        json.put("lucene_build_others_cpu_s", luceneBuild == null ? null : known(luceneBuild.othersCpuSeconds()));
        json.put("lucene_vps", luceneBuild == null ? null : Math.round(luceneBuild.vectorsPerSecond()));
        json.put("lucene_graph_bytes", luceneBuild == null ? null : luceneBuild.graphBytes());
        json.put(
                "lucene_allocated_bytes",
                luceneBuild == null ? null : luceneBuild.memory().allocatedBytes());
        json.put(
                "lucene_peak_heap_bytes",
                luceneBuild == null ? null : luceneBuild.memory().peakHeapBytes());
        json.put(
                "lucene_retained_bytes",
                luceneBuild == null ? null : luceneBuild.memory().retainedBytes());
        json.set("lucene_recall_at_10", byEf(luceneBuild, IndexBenchReport.Searches::recallAt10));
        json.set("lucene_query_us_p50", byEf(luceneBuild, IndexBenchReport.Searches::p50Micros));
        json.set("lucene_query_us_p99", byEf(luceneBuild, IndexBenchReport.Searches::p99Micros));
        return json;
    }

    /** Rounded, or null where the machine could not tell. */
    private static Double known(double seconds) {
        return Double.isNaN(seconds) ? null : Json.round(seconds);
    }

    /** {"16": figure, "32": figure, ...}, or null without a build. */
    private static ObjectNode byEf(IndexBenchReport.Build build, ToDoubleFunction<IndexBenchReport.Searches> figure) {
        if (build == null) {
            return null;
        }
        ObjectNode byEf = Json.object();
        for (IndexBenchReport.Searches searches : build.searches()) {
            byEf.put(Integer.toString(searches.ef()), Json.round(figure.applyAsDouble(searches)));
        }
        return byEf;
    }
}
