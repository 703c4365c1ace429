package org.audioimport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchIndexCommandTest {
    private static final List<String> EFS = List.of("16", "32", "48", "64", "128", "256");

    @Test
    void jsonHasEveryDocumentedKeyWithLucenesBesideOurs() {
        Cli bench = Cli.run("bench", "index", "--vectors", "2000", "--dim", "16", "--json");

        assertEquals(0, bench.exitCode(), bench.err());
        JsonNode json = bench.json();
        assertEquals(2000, json.get("vectors").asInt());
        assertEquals(16, json.get("dimension").asInt());
        assertEquals(1000, json.get("queries").asInt());
        for (String key : List.of(
                "sequential_vps",
                "batch_vps",
                "batch_vs_sequential",
                "build_s",
                "sequential_s",
                "sequential_cpu_s",
                "build_cpu_s",
                "graph_bytes",
                "lucene_build_s",
                "lucene_build_cpu_s",
                "lucene_vps",
                "lucene_graph_bytes")) {
            assertTrue(json.get(key).isNumber() && json.get(key).asDouble() > 0, key + " in " + json);
        }
        for (String key : List.of("sequential_others_cpu_s", "build_others_cpu_s", "lucene_build_others_cpu_s")) {
            assertTrue(json.get(key).isNumber() && json.get(key).asDouble() >= 0, key + " in " + json);
        }
        assertEquals(
                json.get("batch_vps").asDouble() / json.get("sequential_vps").asDouble(),
                json.get("batch_vs_sequential").asDouble(),
                0.01);
        for (String key : List.of(
                "recall_at_10",
                "query_us_p50",
                "query_us_p99",
                "sequential_recall_at_10",
                "sequential_query_us_p50",
                "lucene_recall_at_10",
                "lucene_query_us_p50",
                "lucene_query_us_p99")) {
            assertEquals(EFS, fieldNames(json.get(key)), key);
        }
        for (String recall : List.of("recall_at_10", "sequential_recall_at_10", "lucene_recall_at_10")) {
            double atSixtyFour = json.get(recall).get("64").asDouble();
            assertTrue(atSixtyFour >= 0.95 && atSixtyFour <= 1, recall + " " + json.get(recall));
        }
        assertTrue(json.get("lucene_version").asText().startsWith("10."), json.toString());
        assertTrue(json.get("lucene_scorer").isTextual(), json.toString());
    }

    @Test
    void textPutsTheBuildsAndTheirSearchesSideBySide() {
        Cli bench = Cli.run(
                "bench",
                "index",
                "--vectors",
                "500",
                "--dim",
                "8",
                "--queries",
                "20",
                "--ef",
                "10,40",
                "--threads",
                "2");

        assertEquals(0, bench.exitCode(), bench.err());
        assertTrue(
                bench.out().contains("ours, batch")
                        && bench.out().contains("ours, one by one")
                        && bench.out().contains("Lucene 10."),
                bench.out());
        assertTrue(bench.out().contains("batch insert throughput / one by one:"), bench.out());
        assertTrue(bench.out().lines().anyMatch(line -> line.trim().startsWith("40 |")), bench.out());
        assertTrue(bench.err().contains("audio-import: our index, batch insert, 2 threads:"), bench.err());
    }

    @Test
    void settingsOutOfRangeAreUsageErrorsThatSayWhy() {
        Cli smallEf = Cli.run("bench", "index", "--ef", "16,5");
        Cli noVectors = Cli.run("bench", "index", "--vectors", "3");
        Cli hugeDimension = Cli.run("bench", "index", "--dim", "5000");

        assertEquals(2, smallEf.exitCode());
        assertTrue(smallEf.err().contains("ef must be at least 10, not 5"), smallEf.err());
        assertEquals(2, noVectors.exitCode());
        assertTrue(noVectors.err().contains("vectors must be at least 10, not 3"), noVectors.err());
        assertEquals(2, hugeDimension.exitCode());
        assertTrue(hugeDimension.err().contains("dimension must be at most 1024"), hugeDimension.err());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
