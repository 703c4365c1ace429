package org.audioimport.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.audioimport.bench.BuildMemory;
import org.audioimport.bench.IndexBenchReport;
import org.audioimport.bench.IndexBenchSettings;

/** The text of {@code bench index}: the builds, then recall and latency by ef, the indexes side by side. */
final class IndexBenchTable {
    private static final double MIB = 1 << 20;

    private IndexBenchTable() {}

    static void print(IndexBenchReport report, PrintWriter out) {
        IndexBenchSettings s = report.settings();
        out.printf(
                Locale.ROOT,
                "HNSW index: %d clustered %d-d vectors (L2), M %d, efConstruction %d; "
                        + "%d held-out queries, recall@%d against brute force%n%n",
                s.vectors(),
                s.dimension(),
                IndexBenchSettings.M,
                IndexBenchSettings.EF_CONSTRUCTION,
                s.queries(),
                IndexBenchSettings.K);
        List<String> names = new ArrayList<>(List.of("ours, batch", "ours, one by one"));
        List<IndexBenchReport.Build> builds = new ArrayList<>(List.of(report.batch(), report.sequential()));
        report.lucene().ifPresent(lucene -> {
            names.add("Lucene " + lucene.version());
            builds.add(lucene.build());
        });

        out.printf(
                Locale.ROOT,
                "%-20s %7s %9s %9s %14s %11s %9s%n",
                "build",
                "threads",
                "time s",
                "CPU s",
                "others' CPU s",
                "vectors/s",
                "graph MiB");
        for (int i = 0; i < builds.size(); i++) {
            IndexBenchReport.Build build = builds.get(i);
            String others = Double.isNaN(build.othersCpuSeconds())
                    ? "?"
                    : String.format(Locale.ROOT, "%.1f", build.othersCpuSeconds());
            out.printf(
                    Locale.ROOT,
                    "%-20s %7d %9.1f %9.1f %14s %11.0f %9.1f%n",
                    names.get(i),
                    build.threads(),
                    build.seconds(),
                    build.cpuSeconds(),
                    others,
                    build.vectorsPerSecond(),
                    build.graphBytes() / MIB);
        }
        out.printf(Locale.ROOT, "batch insert throughput / one by one: %.2fx%n", report.batchVsSequential());
        out.println();
        out.printf(Locale.ROOT, "%-20s %15s %15s %15s%n", "heap", "allocated MiB", "peak MiB", "retained MiB");
        for (int i = 0; i < builds.size(); i++) {
            BuildMemory memory = builds.get(i).memory();
            out.printf(
                    Locale.ROOT,
                    "%-20s %15.1f %15.1f %15.1f%n",
                    names.get(i),
                    memory.allocatedBytes() / MIB,
                    memory.peakHeapBytes() / MIB,
                    memory.retainedBytes() / MIB);
        }
        out.printf(
                Locale.ROOT,
                "batch insert's extra heap over one by one: peak %+.1f%%, allocated %+.1f%%%n",
                100 * report.batchExtraPeakHeap(),
                100 * report.batchExtraAllocated());
        out.printf("our distance kernel: %s%n", report.distanceKernel());
        out.println("CPU s: this process, all threads; others' CPU s: every other process on the machine meanwhile");
        report.lucene()
                .ifPresentOrElse(
                        lucene -> out.printf("Lucene: HnswGraphBuilder on one thread, scorer %s%n", lucene.scorer()),
                        () -> out.println("Lucene: not found on the class path; not measured"));
        out.println();

        StringBuilder groups = new StringBuilder(String.format(Locale.ROOT, "%5s", ""));
        StringBuilder columns = new StringBuilder(String.format(Locale.ROOT, "%5s", "ef"));
        for (String name : names) {
            groups.append(String.format(Locale.ROOT, " | %-28s", name));
            columns.append(String.format(Locale.ROOT, " | %9s %8s %9s", "recall@10", "p50 µs", "p99 µs"));
        }
        out.println(groups);
        out.println(columns);
        for (int row = 0; row < s.efs().size(); row++) {
            out.printf(Locale.ROOT, "%5d", s.efs().get(row));
            for (IndexBenchReport.Build build : builds) {
                IndexBenchReport.Searches searches = build.searches().get(row);
                out.printf(
                        Locale.ROOT,
                        " | %9.3f %8.1f %9.1f",
                        searches.recallAt10(),
                        searches.p50Micros(),
                        searches.p99Micros());
            }
            out.println();
        }
    }
}
