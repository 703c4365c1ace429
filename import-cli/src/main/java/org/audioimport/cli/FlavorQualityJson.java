package org.audioimport.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.audioimport.similar.FlavorComparison;

/** The {@code flavor_quality} object of the bench report: the flavor beside its baselines (docs/cli.md). */
final class FlavorQualityJson {

    private FlavorQualityJson() {}

    static void put(ObjectNode json, FlavorComparison comparison) {
        ObjectNode quality = json.putObject("flavor_quality");
        quality.put("queries", comparison.queries());
        quality.put("k", comparison.k());
        quality.put("random_p_at_" + comparison.k(), Json.round(comparison.random()));
        ArrayNode methods = quality.putArray("methods");
        for (FlavorComparison.Method method : comparison.methods()) {
            methods.addObject()
                    .put("name", method.name())
                    .put("dim", method.dimension())
                    .put("p_at_" + comparison.k(), Json.round(method.precision()))
                    .put("copies", method.copies())
                    .put("copies_nearest", method.copiesNearest());
        }
        quality.putObject("lead_over_best_baseline")
                .put("baseline", comparison.best())
                .put("value", Json.round(comparison.lead().value()))
                .put("ci_low", Json.round(comparison.lead().low()))
                .put("ci_high", Json.round(comparison.lead().high()));
    }
}
