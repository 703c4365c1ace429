package org.audioimport.bench;

import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.audioimport.index.BatchResult;
import org.audioimport.index.IndexException;
import org.audioimport.index.IndexItem;
import org.audioimport.index.Metric;
import org.audioimport.index.VectorIndex;

/**
 * Builds our HNSW index over seeded clustered vectors twice, one vector at a time on one thread and by
 * batch insert on the settings' threads, then Lucene's HNSW over the same vectors when Lucene is on the
 * class path, and measures recall@10 and query latency of each against brute-force ground truth. Time
 * is the wall clock: throughput on a machine is what a build costs its user.
 */
public final class IndexBenchmark {
    private static final String LUCENE_PROBE = "org.apache.lucene.util.hnsw.HnswGraphBuilder";

    private final IndexBenchListener listener;
    private final ClassLoader luceneLoader;

    public IndexBenchmark(IndexBenchListener listener) {
        this(listener, IndexBenchmark.class.getClassLoader());
    }

    /** Looks for Lucene through {@code luceneLoader}; tests hand it one that cannot see Lucene. */
    IndexBenchmark(IndexBenchListener listener, ClassLoader luceneLoader) {
        this.listener = listener;
        this.luceneLoader = luceneLoader;
    }

    /** Whether the Lucene reference can run; when it cannot, {@link #run} measures ours alone. */
    public boolean luceneFound() {
        try {
            Class.forName(LUCENE_PROBE, false, luceneLoader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * Builds the index both ways and measures them.
     *
     * @throws IndexException only through a fault in the index: the vectors are made to be valid
     */
    public IndexBenchReport run(IndexBenchSettings settings) throws IndexException {
        listener.stageStarted("making " + settings.vectors() + " vectors, " + settings.queries()
                + " queries and their true nearest " + IndexBenchSettings.K);
        Stopwatch making = new Stopwatch();
        float[][] all = ClusteredVectors.generate(
                settings.vectors() + settings.queries(), settings.dimension(), settings.seed());
        float[][] vectors = Arrays.copyOfRange(all, 0, settings.vectors());
        float[][] queries = Arrays.copyOfRange(all, settings.vectors(), all.length);
        SearchMeasurer searches = new SearchMeasurer(
                queries, GroundTruth.nearest(vectors, queries, IndexBenchSettings.K), IndexBenchSettings.K);
        listener.stageFinished(making.wallSeconds());

        IndexBenchReport.Build sequential = sequential(settings, vectors, searches);
        IndexBenchReport.Build batch = batch(settings, vectors, searches);
        Optional<IndexBenchReport.ReferenceBuild> lucene =
                luceneFound() ? Optional.of(lucene(settings, vectors, searches)) : Optional.empty();
        return new IndexBenchReport(settings, VectorIndex.distanceKernel(), sequential, batch, lucene);
    }

    private IndexBenchReport.Build sequential(IndexBenchSettings settings, float[][] vectors, SearchMeasurer searches)
            throws IndexException {
        // The heap is measured from before the index exists: its arrays, made at its capacity, are part of
        // what a build costs.
        HeapMeter heap = HeapMeter.start();
        VectorIndex index = newIndex(settings, 1);
        listener.stageStarted("our index, one by one, 1 thread");
        int step = Math.max(1, vectors.length / 10);
        Stopwatch build = new Stopwatch();
        for (int i = 0; i < vectors.length; i++) {
            index.insert(i, vectors[i]);
            if ((i + 1) % step == 0) {
                listener.stageProgress(i + 1, vectors.length);
            }
        }
        return measured(index, 1, build, heap, vectors.length, searches, settings.efs());
    }

    private IndexBenchReport.Build batch(IndexBenchSettings settings, float[][] vectors, SearchMeasurer searches)
            throws IndexException {
        List<IndexItem> items = new ArrayList<>(vectors.length);
        for (int i = 0; i < vectors.length; i++) {
            items.add(new IndexItem(i, vectors[i]));
        }
        HeapMeter heap = HeapMeter.start();
        VectorIndex index = newIndex(settings, settings.threads());
        listener.stageStarted("our index, batch insert, " + settings.threads() + " threads");
        Stopwatch build = new Stopwatch();
        BatchResult result = index.insertBatch(items, (done, total) -> {
            listener.stageProgress(done, total);
            return true;
        });
        if (result instanceof BatchResult.Cancelled) {
            throw new IllegalStateException(
                    "the batch insert was interrupted at " + result.inserted() + " of " + vectors.length + " vectors");
        }
        try {
            return measured(index, settings.threads(), build, heap, vectors.length, searches, settings.efs());
        } finally {
            // The items were made before the heap was measured: kept reachable, they are not counted as the build's.
            Reference.reachabilityFence(items);
        }
    }

    /** Stops the build's clock, then runs the searches over what it built. */
    private IndexBenchReport.Build measured(
            VectorIndex index,
            int threads,
            Stopwatch build,
            HeapMeter heap,
            int count,
            SearchMeasurer searches,
            List<Integer> efs) {
        double seconds = build.wallSeconds();
        double cpuSeconds = build.cpuSeconds();
        double othersCpuSeconds = build.othersCpuSeconds();
        BuildMemory memory = heap.stop();
        listener.stageFinished(seconds);
        List<IndexBenchReport.Searches> results =
                search(searches, (query, k, ef) -> positions(index, query, k, ef), efs);
        return new IndexBenchReport.Build(
                threads, seconds, cpuSeconds, othersCpuSeconds, count / seconds, index.graphBytes(), memory, results);
    }

    private List<IndexBenchReport.Searches> search(SearchMeasurer searches, NearestSearch index, List<Integer> efs) {
        listener.stageStarted("searching it, 1 thread");
        Stopwatch searching = new Stopwatch();
        List<IndexBenchReport.Searches> results = searches.measure(index, efs);
        listener.stageFinished(searching.wallSeconds());
        return results;
    }

    private static int[] positions(VectorIndex index, float[] query, int k, int ef) {
        try {
            // Ids are the vectors' positions, as inserted above.
            return index.search(query, k, ef, id -> true).stream()
                    .mapToInt(hit -> (int) hit.id())
                    .toArray();
        } catch (IndexException e) {
            throw new IllegalStateException("the index refused a query of the dimension it was built for", e);
        }
    }

    private IndexBenchReport.ReferenceBuild lucene(
            IndexBenchSettings settings, float[][] vectors, SearchMeasurer searches) {
        ReferenceHnsw lucene = new ReferenceHnsw(vectors, settings.dimension());
        listener.stageStarted("Lucene " + ReferenceHnsw.version() + " HnswGraphBuilder, 1 thread");
        HeapMeter heap = HeapMeter.start();
        Stopwatch building = new Stopwatch();
        lucene.build(IndexBenchSettings.M, IndexBenchSettings.EF_CONSTRUCTION, settings.seed());
        double seconds = building.wallSeconds();
        double cpuSeconds = building.cpuSeconds();
        double othersCpuSeconds = building.othersCpuSeconds();
        BuildMemory memory = heap.stop();
        listener.stageFinished(seconds);
        List<IndexBenchReport.Searches> results = search(searches, lucene::nearest, settings.efs());
        IndexBenchReport.Build build = new IndexBenchReport.Build(
                1,
                seconds,
                cpuSeconds,
                othersCpuSeconds,
                vectors.length / seconds,
                lucene.graphBytes(),
                memory,
                results);
        return new IndexBenchReport.ReferenceBuild(build, ReferenceHnsw.version(), lucene.scorer());
    }

    private static VectorIndex newIndex(IndexBenchSettings settings, int threads) {
        return VectorIndex.builder(settings.dimension(), Metric.L2, settings.vectors())
                .m(IndexBenchSettings.M)
                .efConstruction(IndexBenchSettings.EF_CONSTRUCTION)
                .threads(threads)
                .build();
    }
}
