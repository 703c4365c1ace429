package org.audioimport.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import org.audioimport.identify.IdentifyReport;

/** A pass through the identification queue, reported as text or as the JSON object docs/cli.md documents. */
final class IdentifyText {
    private IdentifyText() {}

    static void print(IdentifyReport report, PrintWriter out) {
        out.printf(
                "Identified %d files: %d matched, %d without a match, %d failed (%d requests sent).%n",
                report.identified(), report.matched(), report.noMatch(), report.failed(), report.requests());
        if (report.stoppedBecause() != null) {
            out.printf("Stopped early: %s.%n", report.stoppedBecause());
        }
        if (report.interrupted()) {
            out.println("Interrupted; the next run carries on where this one stopped.");
        }
        out.printf("%d files still to identify.%n", report.stillDue());
    }

    static ObjectNode json(IdentifyReport report) {
        ObjectNode json = Json.object();
        json.put("identified", report.identified());
        json.put("matched", report.matched());
        json.put("no_match", report.noMatch());
        json.put("errors", report.failed());
        json.put("requests", report.requests());
        json.put("still_due", report.stillDue());
        json.put("stopped_because", report.stoppedBecause());
        json.put("interrupted", report.interrupted());
        return json;
    }
}
