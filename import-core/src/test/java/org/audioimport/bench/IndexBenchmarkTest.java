package org.audioimport.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class IndexBenchmarkTest {
    private static final IndexBenchSettings SMALL = new IndexBenchSettings(2_000, 16, 100, List.of(16, 64), 2, 3);
    private static final List<String> heard = new ArrayList<>();
    private static IndexBenchReport report;

    @BeforeAll
    static void runSmallBenchmark() throws Exception {
        report = new IndexBenchmark(new RecordingListener()).run(SMALL);
    }

    @Test
    void reportsEveryBuildWithOneSearchFigureFromEachEfInOrder() {
        assertTrue(report.lucene().isPresent(), "Lucene is on the test class path");
        for (IndexBenchReport.Build build : builds()) {
            assertEquals(
                    List.of(16, 64),
                    build.searches().stream().map(IndexBenchReport.Searches::ef).toList());
            assertEquals(SMALL.vectors() / build.seconds(), build.vectorsPerSecond(), 1e-6);
            assertTrue(build.graphBytes() > 0);
        }
        assertEquals(1, report.sequential().threads());
        assertEquals(2, report.batch().threads());
        assertEquals(1, report.lucene().orElseThrow().build().threads());
    }

    @Test
    void ratioIsBatchThroughputOverSequentialThroughput() {
        assertEquals(
                report.batch().vectorsPerSecond() / report.sequential().vectorsPerSecond(),
                report.batchVsSequential(),
                1e-12);
    }

    @Test
    void everyIndexFindsNearlyAllTrueNeighboursOfEasyClusteredDataAtEfSixtyFour() {
        for (IndexBenchReport.Build build : builds()) {
            for (IndexBenchReport.Searches searches : build.searches()) {
                assertTrue(searches.recallAt10() >= 0 && searches.recallAt10() <= 1, searches.toString());
                assertTrue(
                        searches.p50Micros() > 0 && searches.p99Micros() >= searches.p50Micros(), searches.toString());
            }
            assertTrue(build.searches().get(1).recallAt10() >= 0.95, build.toString());
        }
    }

    @Test
    void namesLucenesVersionAndScorer() {
        IndexBenchReport.ReferenceBuild lucene = report.lucene().orElseThrow();
        assertTrue(lucene.version().startsWith("10."), lucene.version());
        assertFalse(lucene.scorer().isBlank());
    }

    @Test
    void tellsTheListenerEachStageInTurnAndTheBuildsProgressToTheLastVector() {
        List<String> stages =
                heard.stream().filter(event -> !event.startsWith("progress")).toList();
        List<String> expected = List.of(
                "making",
                "our index, one by one",
                "searching",
                "our index, batch insert",
                "searching",
                "Lucene 10.",
                "searching");
        assertEquals(2 * expected.size(), stages.size(), stages.toString());
        for (int i = 0; i < expected.size(); i++) {
            assertTrue(stages.get(2 * i).startsWith("start " + expected.get(i)), stages.toString());
            assertEquals("finish", stages.get(2 * i + 1));
        }
        assertTrue(heard.contains("progress 2000/2000"), heard.toString());
    }

    @Test
    void measuresOursAloneWhenLuceneCannotBeFound() throws Exception {
        IndexBenchmark withoutLucene =
                new IndexBenchmark(IndexBenchListener.silent(), ClassLoader.getPlatformClassLoader());

        assertFalse(withoutLucene.luceneFound());
        IndexBenchReport oursOnly = withoutLucene.run(new IndexBenchSettings(200, 8, 10, List.of(10), 2, 1));
        assertTrue(oursOnly.lucene().isEmpty());
        assertEquals(1, oursOnly.batch().searches().size());
    }

    private static List<IndexBenchReport.Build> builds() {
        return List.of(
                report.sequential(),
                report.batch(),
                report.lucene().orElseThrow().build());
    }

    private static final class RecordingListener implements IndexBenchListener {
        @Override
        public void stageStarted(String stage) {
            heard.add("start " + stage);
        }

        @Override
        public void stageProgress(int done, int total) {
            heard.add("progress " + done + "/" + total);
        }

        @Override
        public void stageFinished(double seconds) {
            heard.add("finish");
        }
    }
}
