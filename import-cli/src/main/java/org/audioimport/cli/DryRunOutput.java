package org.audioimport.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.audioimport.pipeline.DryRunReport;
import org.audioimport.pipeline.FileOutcome;
import org.audioimport.scanning.PathText;

/** What {@code import --dry-run} prints: each file the import would touch, by what it would do to it. */
final class DryRunOutput {
    private DryRunOutput() {}

    static ObjectNode json(DryRunReport report) {
        ObjectNode json = Json.object();
        json.put("dry_run", true);
        json.put("files_seen", report.filesSeen());
        json.put("unchanged", report.unchanged());
        paths(json.putArray("import"), report.imports());
        paths(json.putArray("update"), report.updates());
        ArrayNode moves = json.putArray("move");
        report.moves()
                .forEach(move ->
                        moves.addObject().put("path", PathText.of(move.path())).put("from", move.from()));
        report.missing().forEach(json.putArray("missing")::add);
        ArrayNode failures = json.putArray("fail");
        report.failures()
                .forEach(failed -> failures.addObject()
                        .put("path", PathText.of(failed.path()))
                        .put("reason", failed.reason()));
        report.purged().forEach(json.putArray("purge")::add);
        return json;
    }

    static void text(DryRunReport report, PrintWriter out) {
        out.printf(
                "Dry run, nothing written: of %d files, %d would be imported, %d updated, %d moved, %d fail; "
                        + "%d unchanged; %d would be marked missing%s%n",
                report.filesSeen(),
                report.imports().size(),
                report.updates().size(),
                report.moves().size(),
                report.failures().size(),
                report.unchanged(),
                report.missing().size(),
                report.purged().isEmpty() ? "" : ", " + report.purged().size() + " purged");
        report.imports().forEach(path -> out.printf("  import:  %s%n", PathText.of(path)));
        report.updates().forEach(path -> out.printf("  update:  %s%n", PathText.of(path)));
        for (FileOutcome.Moved move : report.moves()) {
            out.printf("  move:    %s (from %s)%n", PathText.of(move.path()), move.from());
        }
        report.missing().forEach(path -> out.printf("  missing: %s%n", path));
        for (FileOutcome.Failed failed : report.failures()) {
            out.printf("  fail:    %s: %s%n", PathText.of(failed.path()), failed.reason());
        }
        report.purged().forEach(path -> out.printf("  purge:   %s%n", path));
    }

    private static void paths(ArrayNode array, List<Path> paths) {
        paths.forEach(path -> array.add(PathText.of(path)));
    }
}
