package org.audioimport.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.LongPredicate;

/**
 * The {@link VectorIndex}: checks and claims what comes in, then hands it to the graph.
 *
 * <p>Inserts share a read-write lock, one item at a time; saving, verifying and exact search take it
 * alone, so they never see a node that is half linked. Searches take no part in it.
 */
final class HnswIndex implements VectorIndex {
    private final HnswSettings settings;
    private final HnswGraph graph;
    private final IdRegistry registry;
    private final ScratchPool scratches;
    private final LayerSearch search;
    private final NodeLinker linker;
    private final ItemValidator validator;
    private final BatchRunner runner;
    private final ReentrantReadWriteLock structure = new ReentrantReadWriteLock();

    HnswIndex(HnswSettings settings) {
        this(settings, new HnswGraph(settings), new IdRegistry(settings.capacity()));
    }

    /** An index over a graph and registry that agree, as read from a file. */
    HnswIndex(HnswSettings settings, HnswGraph graph, IdRegistry registry) {
        this.settings = settings;
        this.graph = graph;
        this.registry = registry;
        this.scratches = new ScratchPool(settings.capacity(), settings.m(), settings.efConstruction());
        this.search = new LayerSearch(graph, scratches);
        this.linker = new NodeLinker(graph, search, scratches, settings.efConstruction());
        this.validator = new ItemValidator(settings.dimension(), settings.metric());
        this.runner = new BatchRunner(settings.threads());
    }

    @Override
    public int dimension() {
        return settings.dimension();
    }

    @Override
    public Metric metric() {
        return settings.metric();
    }

    @Override
    public int capacity() {
        return settings.capacity();
    }

    @Override
    public int size() {
        return registry.size();
    }

    @Override
    public boolean contains(long id) {
        return registry.nodeOf(id) >= 0;
    }

    @Override
    public void insert(long id, float[] vector) throws IndexException {
        validator.checkVector(0, vector);
        long[] ids = {id};
        registry.claim(ids);
        try {
            insertClaimed(id, vector);
        } catch (RuntimeException e) {
            throw new IndexException(new IndexError.Internal(e.toString()), e);
        } finally {
            registry.releaseUnfinished(ids);
        }
    }

    @Override
    public BatchResult insertBatch(List<IndexItem> items, BatchProgress progress) throws IndexException {
        Objects.requireNonNull(progress, "progress");
        IndexItem[] batch = items.toArray(IndexItem[]::new);
        long[] ids = validator.checkBatch(List.of(batch));
        registry.claim(ids);
        try {
            int inserted = runner.run(batch.length, item -> insertClaimed(ids[item], batch[item].vector()), progress);
            return inserted == batch.length
                    ? new BatchResult.Completed(inserted)
                    : new BatchResult.Cancelled(inserted, batch.length);
        } finally {
            registry.releaseUnfinished(ids);
        }
    }

    private void insertClaimed(long id, float[] vector) {
        Lock shared = structure.readLock();
        shared.lock();
        try {
            int node = linker.insert(id, vector);
            registry.complete(id, node);
        } finally {
            shared.unlock();
        }
    }

    @Override
    public List<Neighbour> search(float[] query, int k) throws IndexException {
        return search(query, k, settings.efSearch(), id -> true);
    }

    @Override
    public List<Neighbour> search(float[] query, int k, int ef, LongPredicate filter) throws IndexException {
        HnswSettings.positive("k", k);
        HnswSettings.positive("ef", ef);
        Objects.requireNonNull(filter, "filter");
        validator.checkVector(0, query);
        return search.nearest(graph.vectors().query(query), k, Math.max(ef, k), filter);
    }

    @Override
    public List<Neighbour> exact(float[] query, int k, LongPredicate filter) throws IndexException {
        HnswSettings.positive("k", k);
        Objects.requireNonNull(filter, "filter");
        validator.checkVector(0, query);
        float[] prepared = graph.vectors().query(query);
        Lock alone = structure.writeLock();
        alone.lock();
        try {
            return search.exact(prepared, k, filter, graph.allocated());
        } finally {
            alone.unlock();
        }
    }

    @Override
    public void save(Path file, long caughtUpMark) throws IOException {
        Lock alone = structure.writeLock();
        alone.lock();
        try {
            new IndexFileWriter(settings, graph).write(file, caughtUpMark);
        } finally {
            alone.unlock();
        }
    }

    @Override
    public GraphCheck verify() {
        Lock alone = structure.writeLock();
        alone.lock();
        try {
            return new GraphVerifier(graph, registry).check();
        } finally {
            alone.unlock();
        }
    }

    @Override
    public long graphBytes() {
        return graph.bytes() + registry.bytes() + scratches.bytes();
    }
}
