package org.audioimport.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.audioimport.cli.Json;
import org.audioimport.cli.SummaryJson;
import org.audioimport.pipeline.FileOutcome;
import org.audioimport.pipeline.ImportListener;
import org.audioimport.pipeline.ImportSummary;
import org.audioimport.scanning.PathText;
import org.audioimport.schedule.ScanRequest;

/**
 * What the running scan is doing, for {@code /api/status} and the event stream: files done of total, rate,
 * ETA and the files in flight. Publishes {@code scan-started}, {@code file-failed} and {@code scan-finished}
 * as they happen, and {@code progress} at most once a second while something changed.
 */
public final class ScanProgress implements ImportListener, AutoCloseable {
    /** As many as {@code /api/status} lists. */
    static final int KEPT_SUMMARIES = 5;

    private final EventHub events;
    private final ScheduledFuture<?> ticking;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "scan-progress");
        thread.setDaemon(true);
        return thread;
    });
    /** The full summaries of the last scans this daemon ran, by scan id, oldest first. */
    private final Map<Long, ObjectNode> summaries = new LinkedHashMap<>();

    private Run run;
    private boolean stopping;
    private long changes;
    private long published;

    /** The scan in progress; mutable, guarded by the ScanProgress's lock. */
    private static final class Run {
        final ScanRequest request;
        final long startedNanos = System.nanoTime();
        final Set<Path> inFlight = new LinkedHashSet<>();
        Long id;
        String phase = "walking";
        long examiningSinceNanos;
        int total;
        int done;
        int examinedDone;
        int failed;

        Run(ScanRequest request) {
            this.request = request;
        }
    }

    public ScanProgress(EventHub events) {
        this.events = events;
        // A fixed delay, not a fixed rate: a late tick is never followed by a catching-up one at once.
        this.ticking = ticker.scheduleWithFixedDelay(this::publishIfChanged, 1, 1, TimeUnit.SECONDS);
    }

    /** A scan begins for {@code request}. */
    public synchronized void begin(ScanRequest request) {
        run = new Run(request);
        stopping = false;
        changes++;
        events.publish("scan-started", startedJson(run));
    }

    /** The scan's row is written: its id. */
    public synchronized void identified(long scanId) {
        if (run != null) {
            run.id = scanId;
            changes++;
        }
    }

    @Override
    public synchronized void started(int total, int toExamine) {
        if (run != null) {
            run.total = total;
            run.phase = "importing";
            run.examiningSinceNanos = System.nanoTime();
            changes++;
        }
    }

    @Override
    public synchronized void unchanged(int count) {
        if (run != null) {
            run.done += count;
            finishingOnceAllDone();
            changes++;
        }
    }

    @Override
    public synchronized void fileStarted(Path path) {
        if (run != null) {
            run.inFlight.add(path);
            changes++;
        }
    }

    @Override
    public synchronized void fileDone(FileOutcome outcome) {
        if (run == null) {
            return;
        }
        run.inFlight.remove(outcome.path());
        if (!(outcome instanceof FileOutcome.Missing)) {
            run.done++;
            run.examinedDone++;
        }
        if (outcome instanceof FileOutcome.Failed failed) {
            run.failed++;
            events.publish(
                    "file-failed",
                    Json.object().put("path", PathText.of(failed.path())).put("reason", failed.reason()));
        }
        finishingOnceAllDone();
        changes++;
    }

    private void finishingOnceAllDone() {
        if (run.total > 0 && run.done >= run.total) {
            run.phase = "finishing";
        }
    }

    /** The running scan was asked to stop (cancel, or the daemon stopping). */
    public synchronized void stopping() {
        if (run != null) {
            stopping = true;
            changes++;
        }
    }

    /** The scan ended with {@code summary}. */
    public synchronized void finished(ImportSummary summary) {
        ObjectNode json = SummaryJson.of(summary);
        json.put("trigger", run == null ? null : run.request.trigger());
        summaries.put(summary.scanId(), json.deepCopy());
        if (summaries.size() > KEPT_SUMMARIES) {
            summaries.remove(summaries.keySet().iterator().next());
        }
        end(json);
    }

    /** The {@code import --json} summary of scan {@code scanId}, if this daemon ran it recently. */
    public synchronized Optional<ObjectNode> summary(long scanId) {
        return Optional.ofNullable(summaries.get(scanId)).map(ObjectNode::deepCopy);
    }

    /** The scan ended without a summary: the catalogue or a folder could not be read. */
    public synchronized void failed(String reason) {
        end(Json.object()
                .put("trigger", run == null ? null : run.request.trigger())
                .put("error", reason));
    }

    private void end(ObjectNode json) {
        run = null;
        stopping = false;
        changes++;
        published = changes;
        events.publish("scan-finished", json);
    }

    /** {@code idle}, {@code scanning} or {@code stopping}. */
    public synchronized String state() {
        return run == null ? "idle" : stopping ? "stopping" : "scanning";
    }

    /** The running scan as {@code /api/status} shows it, or null when idle. */
    public synchronized ObjectNode scanJson() {
        if (run == null) {
            return null;
        }
        ObjectNode json = Json.object();
        json.put("id", run.id);
        json.put("trigger", run.request.trigger());
        json.put("phase", run.phase);
        ArrayNode roots = json.putArray("roots");
        run.request.roots().forEach(root -> roots.add(PathText.of(root)));
        json.put("files_total", run.total);
        json.put("files_done", run.done);
        double seconds = run.examiningSinceNanos == 0 ? 0 : (System.nanoTime() - run.examiningSinceNanos) / 1e9;
        double rate = seconds > 0 ? run.examinedDone / seconds : 0;
        json.put("files_per_s", Json.round(rate));
        if (rate > 0) {
            json.put("eta_s", Math.round((run.total - run.done) / rate));
        } else {
            json.putNull("eta_s");
        }
        ArrayNode inFlight = json.putArray("in_flight");
        run.inFlight.forEach(path -> inFlight.add(PathText.of(path)));
        json.put("failed", run.failed);
        json.put("elapsed_s", Json.round((System.nanoTime() - run.startedNanos) / 1e9));
        return json;
    }

    /** What a client connecting now must hear first: the running scan's start and progress, if any. */
    public synchronized List<EventHub.Event> greeting() {
        List<EventHub.Event> first = new ArrayList<>();
        if (run != null) {
            first.add(new EventHub.Event("scan-started", startedJson(run)));
            first.add(new EventHub.Event("progress", progressJson()));
        }
        return first;
    }

    private static ObjectNode startedJson(Run run) {
        ObjectNode json = Json.object().put("trigger", run.request.trigger());
        ArrayNode roots = json.putArray("roots");
        run.request.roots().forEach(root -> roots.add(PathText.of(root)));
        return json;
    }

    private ObjectNode progressJson() {
        return Json.object().put("state", state()).set("scan", scanJson());
    }

    private synchronized void publishIfChanged() {
        if (run != null && changes != published) {
            published = changes;
            events.publish("progress", progressJson());
        }
    }

    @Override
    public void close() {
        ticking.cancel(false);
        ticker.shutdownNow();
    }
}
