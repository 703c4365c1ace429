package org.audioimport.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.codecs.hnsw.FlatVectorScorerUtil;
import org.apache.lucene.codecs.hnsw.FlatVectorsScorer;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.Version;
import org.apache.lucene.util.hnsw.HnswGraphBuilder;
import org.apache.lucene.util.hnsw.HnswGraphSearcher;
import org.apache.lucene.util.hnsw.OnHeapHnswGraph;

/**
 * Lucene's HNSW over the benchmark's vectors: the reference our index is measured against. The only
 * class that touches Lucene, which is a benchmark dependency and not in the shipped jar; callers check
 * that Lucene is on the class path before they load it. Its name leaves Lucene out so that a listing of
 * the shipped jar that mentions Lucene means Lucene got in.
 *
 * <p>It drives Lucene's graph directly (HnswGraphBuilder into an OnHeapHnswGraph, searched with
 * HnswGraphSearcher), with the flat vector scorer Lucene99HnswVectorsFormat uses, so the build and the
 * searches are like ours: in memory, no codec, no segment files, no document layer. Lucene searches with
 * a beam of ef and the ten best of it are kept, as KnnFloatVectorQuery does when asked for ef hits.
 */
final class ReferenceHnsw {
    private final FloatVectorValues values;
    private final FlatVectorsScorer scorer = FlatVectorScorerUtil.getLucene99FlatVectorsScorer();
    private OnHeapHnswGraph graph;

    ReferenceHnsw(float[][] vectors, int dimension) {
        this.values = FloatVectorValues.fromFloats(Arrays.asList(vectors), dimension);
    }

    static String version() {
        return Version.LATEST.toString();
    }

    /** Which distance code Lucene picked on this JVM (with or without the Vector API). */
    String scorer() {
        return scorer.toString();
    }

    /** Builds the graph on the calling thread, as one Lucene segment would be flushed. */
    void build(int m, int beamWidth, long seed) {
        try {
            graph = HnswGraphBuilder.create(
                            scorer.getRandomVectorScorerSupplier(VectorSimilarityFunction.EUCLIDEAN, values),
                            m,
                            beamWidth,
                            seed)
                    .build(values.size());
        } catch (IOException e) {
            throw new UncheckedIOException("Lucene failed on vectors held in memory", e);
        }
    }

    long graphBytes() {
        return graph.ramBytesUsed();
    }

    int[] nearest(float[] query, int k, int ef) {
        try {
            ScoreDoc[] hits = HnswGraphSearcher.search(
                            scorer.getRandomVectorScorer(VectorSimilarityFunction.EUCLIDEAN, values, query),
                            ef,
                            graph,
                            null,
                            Integer.MAX_VALUE)
                    .topDocs()
                    .scoreDocs;
            // topDocs comes best first; with vectors from a list, a doc is the vector's position.
            int[] nearest = new int[Math.min(k, hits.length)];
            for (int i = 0; i < nearest.length; i++) {
                nearest[i] = hits[i].doc;
            }
            return nearest;
        } catch (IOException e) {
            throw new UncheckedIOException("Lucene failed on vectors held in memory", e);
        }
    }
}
