package org.audioimport.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.audioimport.cli.CommandJson;
import org.audioimport.cli.Json;
import org.audioimport.cli.PlaylistJson;
import org.audioimport.playlist.PlaylistException;
import org.audioimport.playlist.PlaylistOptions;
import org.audioimport.similar.SimilarityException;
import org.audioimport.store.CatalogueReader;
import org.audioimport.store.FileBrowser;
import org.audioimport.store.FileDetails;

/**
 * The read-only catalogue endpoints. Each answers with the JSON of the matching command ({@code show},
 * {@code similar}, {@code failed}, {@code duplicates}), plus the {@code id} of every file it names, so
 * that a client can follow it; files are always named by id, never by a path the client sends.
 */
final class CatalogueEndpoints {
    static final int MAX_PAGE = 500;
    static final int MAX_SIMILAR = 100;
    static final int MAX_PLAYLIST = 200;

    private final CatalogueReader reader;
    private final FileBrowser browser;
    private final SimilarQueries similar;

    CatalogueEndpoints(CatalogueReader reader, FileBrowser browser, SimilarQueries similar) {
        this.reader = reader;
        this.browser = browser;
        this.similar = similar;
    }

    Reply files(ApiRequest request) throws Exception {
        String status = request.query("status");
        if (status != null && !List.of("imported", "failed", "missing").contains(status)) {
            throw ApiException.badRequest("status must be imported, failed or missing");
        }
        String q = request.query("q");
        if (q != null && q.length() > 200) {
            throw ApiException.badRequest("q is longer than 200 characters");
        }
        long after = request.query("cursor") == null ? 0 : parseCursor(request.query("cursor"));
        FileBrowser.Page page = browser.page(q, status, request.boundedInt("limit", 50, MAX_PAGE), after);
        ObjectNode json = Json.object();
        ArrayNode items = json.putArray("items");
        for (FileBrowser.Listed file : page.items()) {
            items.addObject()
                    .put("id", file.id())
                    .put("path", file.path())
                    .put("status", file.status())
                    .put("title", file.title())
                    .put("artist", file.artist())
                    .put("album", file.album())
                    .put("duration_s", file.durationSeconds() == null ? null : Json.round(file.durationSeconds()));
        }
        json.put(
                "next_cursor",
                page.nextCursor() == null ? null : page.nextCursor().toString());
        return Reply.ok(json);
    }

    Reply file(ApiRequest request) throws Exception {
        long id = request.id("id");
        String path = pathOf(id);
        FileDetails details = reader.file(path).orElseThrow(() -> ApiException.notFound("no file with id " + id));
        ObjectNode json = Json.object().put("id", id);
        json.setAll(CommandJson.file(details, reader.identity(path)));
        if (json.get("duplicate_of").isTextual()) {
            json.put(
                    "duplicate_of_id",
                    browser.idsOf(List.of(json.get("duplicate_of").asText()))
                            .get(json.get("duplicate_of").asText()));
        }
        return Reply.ok(json);
    }

    Reply similar(ApiRequest request) throws Exception {
        int k = request.boundedInt("k", 10, MAX_SIMILAR);
        String path = pathOf(request.id("id"));
        try {
            return Reply.ok(withIds(CommandJson.similar(similar.similar(path, k))));
        } catch (SimilarityException e) {
            throw new ApiException(409, e.getMessage(), e);
        }
    }

    Reply playlist(ApiRequest request) throws Exception {
        int length = request.boundedInt("n", PlaylistOptions.DEFAULT_LENGTH, MAX_PLAYLIST);
        long id = request.id("id");
        pathOf(id);
        try {
            return Reply.ok(PlaylistJson.of(similar.playlist(id, length)));
        } catch (PlaylistException e) {
            throw new ApiException(409, e.getMessage(), e);
        }
    }

    Reply levels(ApiRequest request) throws Exception {
        long id = request.id("id");
        FileBrowser.Envelope envelope =
                browser.envelope(id).orElseThrow(() -> ApiException.notFound("no analysed file with id " + id));
        ObjectNode json = Json.object().put("id", id);
        json.put("duration_s", envelope.durationSeconds() == null ? null : Json.round(envelope.durationSeconds()));
        json.put("block_s", 0.4);
        json.put("step_s", 0.1);
        ArrayNode lufs = json.putArray("loudness_lufs");
        for (float energy : envelope.blockEnergies()) {
            lufs.add(Math.round((-0.691 + 10 * Math.log10(energy)) * 10) / 10.0);
        }
        ArrayNode passages = json.putArray("passages");
        for (FileBrowser.Span span : envelope.passages()) {
            passages.addObject()
                    .put("start_s", Json.round(span.startSeconds()))
                    .put("end_s", Json.round(span.endSeconds()))
                    .put("lead_in_s", Json.roundOrNull(span.leadInSeconds()))
                    .put("lead_out_s", Json.roundOrNull(span.leadOutSeconds()))
                    .put("fade_in_start_s", Json.roundOrNull(span.fadeInStartSeconds()))
                    .put("fade_in_end_s", Json.roundOrNull(span.fadeInEndSeconds()))
                    .put("fade_out_start_s", Json.roundOrNull(span.fadeOutStartSeconds()))
                    .put("fade_out_end_s", Json.roundOrNull(span.fadeOutEndSeconds()));
        }
        return Reply.ok(json);
    }

    Reply failed(ApiRequest request) throws Exception {
        return Reply.ok(withIds(CommandJson.failed(reader.failedFiles())));
    }

    Reply duplicates(ApiRequest request) throws Exception {
        ArrayNode groups = CommandJson.duplicates(reader.duplicateGroups());
        for (JsonNode group : groups) {
            withIds((ArrayNode) group.get("files"));
        }
        return Reply.ok(groups);
    }

    private String pathOf(long id) throws Exception {
        return browser.pathOf(id).orElseThrow(() -> ApiException.notFound("no file with id " + id));
    }

    /** Adds each object's file {@code id}, looked up by its {@code path}. */
    private ArrayNode withIds(ArrayNode items) throws Exception {
        List<String> paths = new ArrayList<>();
        items.forEach(item -> paths.add(item.get("path").asText()));
        Map<String, Long> ids = paths.isEmpty() ? Map.of() : browser.idsOf(paths);
        for (JsonNode item : items) {
            ((ObjectNode) item).put("id", ids.get(item.get("path").asText()));
        }
        return items;
    }

    private static long parseCursor(String text) throws ApiException {
        try {
            long cursor = Long.parseLong(text);
            if (cursor >= 0) {
                return cursor;
            }
        } catch (NumberFormatException notACursor) {
            // Reported below.
        }
        throw ApiException.badRequest("cursor must be a next_cursor this API returned");
    }
}
