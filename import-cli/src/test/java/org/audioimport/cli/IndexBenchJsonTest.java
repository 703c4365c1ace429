package org.audioimport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import org.audioimport.bench.BuildMemory;
import org.audioimport.bench.IndexBenchReport;
import org.audioimport.bench.IndexBenchSettings;
import org.junit.jupiter.api.Test;

class IndexBenchJsonTest {

    @Test
    void withoutLuceneEveryLuceneKeyIsPresentAndNullAsIsAnUnknownFigure() {
        IndexBenchReport.Build build = new IndexBenchReport.Build(
                1,
                2,
                2,
                Double.NaN,
                50,
                1000,
                new BuildMemory(3000, 2000, 1000),
                List.of(new IndexBenchReport.Searches(16, 0.9, 10, 20)));
        IndexBenchReport report = new IndexBenchReport(
                new IndexBenchSettings(100, 4, 1, List.of(16), 1, 1), "scalar", build, build, Optional.empty());

        JsonNode json = IndexBenchJson.of(report);

        for (String key : List.of(
                "lucene_version",
                "lucene_scorer",
                "lucene_build_s",
                "lucene_build_cpu_s",
                "lucene_vps",
                "lucene_graph_bytes",
                "lucene_recall_at_10",
                "lucene_query_us_p50",
                "lucene_query_us_p99",
                "lucene_allocated_bytes",
                "lucene_peak_heap_bytes",
                "lucene_retained_bytes")) {
            assertTrue(json.has(key) && json.get(key).isNull(), key + " in " + json);
        }
        assertEquals(0.9, json.get("recall_at_10").get("16").asDouble());
        assertTrue(json.get("build_others_cpu_s").isNull(), json.toString());
    }
}
