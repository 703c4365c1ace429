package org.audioimport.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.audioimport.similar.FlavorComparison;

/** The bench report's lines on the flavor beside its baselines. */
final class FlavorQualityText {

    private FlavorQualityText() {}

    static void print(PrintWriter out, FlavorComparison comparison) {
        out.printf(
                Locale.ROOT,
                "Flavor vs baselines, album P@%d over %d queries (chance %.3f):%n",
                comparison.k(),
                comparison.queries(),
                comparison.random());
        for (FlavorComparison.Method method : comparison.methods()) {
            out.printf(
                    Locale.ROOT,
                    "  %-40s %4d values  P@%d %.3f  copies nearest %d/%d%n",
                    method.name(),
                    method.dimension(),
                    comparison.k(),
                    method.precision(),
                    method.copiesNearest(),
                    method.copies());
        }
        out.printf(
                Locale.ROOT,
                "  lead over %s: %+.3f [%+.3f, %+.3f] (paired bootstrap, 95%%)%n",
                comparison.best(),
                comparison.lead().value(),
                comparison.lead().low(),
                comparison.lead().high());
    }
}
