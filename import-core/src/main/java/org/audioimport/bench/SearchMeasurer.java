package org.audioimport.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * Runs the held-out queries against one index at each ef, one query at a time on the calling thread, and
 * measures recall against the ground truth and the latency of each query. Every index under test goes
 * through this one class, so they are asked and timed alike.
 */
final class SearchMeasurer {
    private static final long MAX_TRACKED_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final float[][] queries;
    private final int[][] truth;
    private final int k;

    SearchMeasurer(float[][] queries, int[][] truth, int k) {
        this.queries = queries;
        this.truth = truth;
        this.k = k;
    }

    List<IndexBenchReport.Searches> measure(NearestSearch index, List<Integer> efs) {
        // One untimed pass at the widest ef first, so no ef is timed while its code is still being compiled.
        int widest = efs.stream().mapToInt(Integer::intValue).max().orElseThrow();
        for (float[] query : queries) {
            index.nearest(query, k, widest);
        }
        List<IndexBenchReport.Searches> results = new ArrayList<>(efs.size());
        for (int ef : efs) {
            results.add(measure(index, ef));
        }
        return results;
    }

    private IndexBenchReport.Searches measure(NearestSearch index, int ef) {
        Histogram nanos = new Histogram(MAX_TRACKED_NANOS, 3);
        long found = 0;
        for (int q = 0; q < queries.length; q++) {
            long start = System.nanoTime();
            int[] returned = index.nearest(queries[q], k, ef);
            nanos.recordValue(Math.min(MAX_TRACKED_NANOS, System.nanoTime() - start));
            found += overlap(returned, truth[q]);
        }
        double recall = found / (double) (queries.length * (long) truth[0].length);
        return new IndexBenchReport.Searches(
                ef, recall, nanos.getValueAtPercentile(50) / 1000.0, nanos.getValueAtPercentile(99) / 1000.0);
    }

    private static int overlap(int[] returned, int[] trueNearest) {
        int count = 0;
        for (int position : returned) {
            for (int nearest : trueNearest) {
                if (position == nearest) {
                    count++;
                    break;
                }
            }
        }
        return count;
    }
}
