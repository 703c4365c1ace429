package org.audioimport.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.audioimport.store.CatalogueException;
import org.audioimport.store.CatalogueReader;
import org.audioimport.store.CatalogueStatus;
import org.audioimport.store.ScanSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code audio-import status}: counts by status and the last scans. */
@Command(
        name = "status",
        mixinStandardHelpOptions = true,
        description = "Show file counts by status and the most recent scans.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Shown.", "2:Usage error.", "3:The catalogue cannot be opened or migrated."})
final class StatusCommand implements Callable<Integer> {
    @Mixin
    private CatalogueContext context;

    @Option(
            names = "--scans",
            paramLabel = "N",
            defaultValue = "5",
            description = "How many recent scans to list (default: ${DEFAULT-VALUE}).")
    private int scans;

    @Override
    public Integer call() throws CatalogueException {
        CatalogueReader reader = context.reader();
        CatalogueStatus status = reader.status(Math.max(0, scans));
        context.answer(() -> json(reader.catalogueFile(), status), out -> text(reader.catalogueFile(), status, out));
        return ExitCodes.OK;
    }

    private static ObjectNode json(Path catalogue, CatalogueStatus status) {
        ObjectNode json = Json.object();
        json.put("catalogue", catalogue.toString());
        ObjectNode files = json.putObject("files");
        status.filesByStatus().forEach(files::put);
        json.put("artists", status.artists());
        json.put("albums", status.albums());
        json.put("tracks", status.tracks());
        if (status.recentScans().isEmpty()) {
            json.putNull("last_scan");
        } else {
            json.set("last_scan", CommandJson.scan(status.recentScans().get(0)));
        }
        ArrayNode scans = json.putArray("scans");
        status.recentScans().forEach(scan -> scans.add(CommandJson.scan(scan)));
        return json;
    }

    private static void text(Path catalogue, CatalogueStatus status, PrintWriter out) {
        out.printf("Catalogue %s%n", catalogue);
        out.printf("Files: %s%n", status.filesByStatus().isEmpty() ? "none" : counts(status.filesByStatus()));
        out.printf("Artists %d, albums %d, tracks %d%n", status.artists(), status.albums(), status.tracks());
        for (ScanSummary scan : status.recentScans()) {
            out.printf(
                    "Scan %d at %s, %s: %d seen, %d imported, %d updated, %d unchanged, %d moved, %d failed, %d missing, "
                            + "%d purged%n",
                    scan.id(),
                    Instant.ofEpochMilli(scan.startedAtMs()),
                    scan.outcome(),
                    scan.counts().filesSeen(),
                    scan.counts().imported(),
                    scan.counts().updated(),
                    scan.counts().unchanged(),
                    scan.counts().moved(),
                    scan.counts().failed(),
                    scan.counts().missing(),
                    scan.counts().purged());
        }
    }

    /** "7 imported, 1 no audio, 3 failed": the counts as the JSON gives them, in its order. */
    private static String counts(Map<String, Long> filesByStatus) {
        return filesByStatus.entrySet().stream()
                .map(count -> count.getValue() + " " + count.getKey())
                .collect(Collectors.joining(", "));
    }
}
