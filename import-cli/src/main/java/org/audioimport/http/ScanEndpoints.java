package org.audioimport.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.audioimport.cli.CommandJson;
import org.audioimport.cli.Json;
import org.audioimport.scanning.PathText;
import org.audioimport.schedule.ScanLoop;
import org.audioimport.schedule.ScanRequest;
import org.audioimport.store.CatalogueReader;
import org.audioimport.store.CatalogueStatus;
import org.audioimport.store.ScanSummary;

/**
 * The daemon's state and its two state-changing requests: start (or queue) a scan, cancel the running one.
 * Nothing else a client sends changes anything.
 */
final class ScanEndpoints {
    private final ObjectMapper parser = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private final CatalogueReader reader;
    private final ScanControl control;
    private final ScanProgress progress;
    private final RootGuard guard;
    private final String version;

    ScanEndpoints(CatalogueReader reader, ScanControl control, ScanProgress progress, String version) {
        this.reader = reader;
        this.control = control;
        this.progress = progress;
        this.guard = new RootGuard(control.roots());
        this.version = version;
    }

    Reply status(ApiRequest request) throws Exception {
        CatalogueStatus status = reader.status(ScanProgress.KEPT_SUMMARIES);
        ObjectNode json = Json.object();
        json.put("state", progress.state());
        json.set("scan", progress.scanJson());
        ArrayNode scans = json.putArray("last_scans");
        for (ScanSummary scan : status.recentScans()) {
            // A scan this daemon ran has its whole import summary; an older one (before a restart, or by
            // another process) has what the catalogue keeps of it.
            ObjectNode entry = CommandJson.scan(scan);
            progress.summary(scan.id()).ifPresent(entry::setAll);
            scans.add(entry);
        }
        ObjectNode files = json.putObject("catalogue");
        status.filesByStatus().forEach(files::put);
        json.put("version", version);
        json.put(
                "next_scan_at",
                control.nextScheduledScan()
                        .map(time -> time.toOffsetDateTime().toString())
                        .orElse(null));
        ArrayNode roots = json.putArray("roots");
        control.roots().forEach(root -> roots.add(PathText.of(root)));
        return Reply.ok(json);
    }

    Reply events(ApiRequest request) {
        return new Reply.Events(progress.greeting());
    }

    Reply startScan(ApiRequest request) throws Exception {
        List<Path> roots = guard.check(requestedRoots(request.body()));
        ScanRequest scan = new ScanRequest(roots, "api");
        // Idle here means the last scan has ended; the loop may not have noticed yet, but runs this one at once.
        boolean idle = "idle".equals(progress.state());
        ScanLoop.Accepted accepted = control.request(scan);
        boolean started = idle || accepted == ScanLoop.Accepted.STARTED;
        ObjectNode json = Json.object().put("accepted", started ? "started" : "queued");
        ArrayNode list = json.putArray("roots");
        (roots.isEmpty() ? control.roots() : roots).forEach(root -> list.add(PathText.of(root)));
        return new Reply.JsonBody(202, json);
    }

    Reply cancel(ApiRequest request) {
        boolean cancelled = control.cancel();
        return new Reply.JsonBody(
                cancelled ? 202 : 409,
                cancelled
                        ? Json.object().put("cancelled", true)
                        : Json.object().put("error", "no scan is running").put("status", 409));
    }

    Reply health(ApiRequest request) {
        return Reply.ok(Json.object().put("status", "ok").put("state", progress.state()));
    }

    /** The optional body: nothing, or {@code {"roots": ["/abs/folder", ...]}}. */
    private List<String> requestedRoots(byte[] body) throws ApiException {
        if (body.length == 0) {
            return List.of();
        }
        JsonNode json;
        try {
            json = parser.readTree(body);
        } catch (IOException e) {
            throw new ApiException(
                    400,
                    "the body is not JSON: "
                            + (e instanceof JacksonException j ? j.getOriginalMessage() : e.getMessage()),
                    e);
        }
        if (json == null || json.isNull() || json.isMissingNode()) {
            return List.of();
        }
        if (!json.isObject()) {
            throw ApiException.badRequest("the body must be a JSON object such as {\"roots\": [\"/music/new\"]}");
        }
        for (String key : (Iterable<String>) json::fieldNames) {
            if (!key.equals("roots")) {
                // A misspelt key must not turn a scan of one folder into a scan of them all.
                throw ApiException.badRequest("unknown key \"" + key + "\": the body takes only roots");
            }
        }
        JsonNode roots = json.get("roots");
        if (roots == null || roots.isNull()) {
            return List.of();
        }
        if (!roots.isArray()) {
            throw ApiException.badRequest("roots must be an array of folder paths");
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode root : roots) {
            if (!root.isTextual()) {
                throw ApiException.badRequest("roots must be an array of folder paths");
            }
            texts.add(root.asText());
        }
        return texts;
    }
}
