package org.audioimport.bench;

import java.util.List;
import java.util.Optional;

/**
 * What the index benchmark measured: our index built one vector at a time and by batch, and Lucene's
 * HNSW over the same vectors when Lucene is on the class path.
 *
 * @param distanceKernel the distance loops our index ran ({@code VectorIndex.distanceKernel()})
 * @param lucene absent when Lucene was not found
 */
public record IndexBenchReport(
        IndexBenchSettings settings,
        String distanceKernel,
        Build sequential,
        Build batch,
        Optional<ReferenceBuild> lucene) {

    /** Batch insert throughput over one-by-one insert throughput. */
    public double batchVsSequential() {
        return batch.vectorsPerSecond() / sequential.vectorsPerSecond();
    }

    /** How much more heap the batch build held at its peak than the one-by-one build, as a share of the latter. */
    public double batchExtraPeakHeap() {
        return (double) batch.memory().peakHeapBytes() / sequential.memory().peakHeapBytes() - 1;
    }

    /** How much more the batch build allocated than the one-by-one build, as a share of the latter. */
    public double batchExtraAllocated() {
        return (double) batch.memory().allocatedBytes() / sequential.memory().allocatedBytes() - 1;
    }

    /**
     * One build and the searches over it.
     *
     * @param threads the threads the build ran on
     * @param seconds wall-clock time to insert every vector
     * @param cpuSeconds the process's CPU time meanwhile, all threads
     * @param othersCpuSeconds the CPU time other processes on the machine took meanwhile; NaN if unknown
     * @param graphBytes memory the index holds beyond the vectors
     * @param memory the Java heap the build allocated, peaked at and kept
     * @param searches one per ef, in the order of the settings
     */
    public record Build(
            int threads,
            double seconds,
            double cpuSeconds,
            double othersCpuSeconds,
            double vectorsPerSecond,
            long graphBytes,
            BuildMemory memory,
            List<Searches> searches) {
        public Build {
            searches = List.copyOf(searches);
        }
    }

    /**
     * Lucene's build, and how Lucene ran.
     *
     * @param version Lucene's version
     * @param scorer the distance implementation Lucene chose: a Panama (Vector API) one only when the JVM
     *     runs with {@code --add-modules jdk.incubator.vector}
     */
    public record ReferenceBuild(Build build, String version, String scorer) {}

    /**
     * The held-out queries at one ef, run one at a time on one thread.
     *
     * @param recallAt10 the share of the true ten nearest found in the ten returned, over all queries
     */
    public record Searches(int ef, double recallAt10, double p50Micros, double p99Micros) {}
}
