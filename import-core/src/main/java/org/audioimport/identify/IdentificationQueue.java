package org.audioimport.identify;

import java.net.http.HttpClient;
import java.time.Clock;
import java.util.List;
import org.audioimport.store.CatalogueException;
import org.audioimport.store.IdentityLookup;
import org.audioimport.store.IdentityQueueItem;
import org.audioimport.store.IdentityStore;

/**
 * The identification queue, which is the catalogue itself: files with a fingerprint and no current
 * identity, taken in file id order a batch at a time. A pass works through them one by one on the
 * calling thread, so a stop, a crash or a kill loses at most the file in flight, and the next pass
 * starts where the catalogue says. Without an AcoustID key a pass does nothing and sends nothing.
 */
public final class IdentificationQueue {
    private static final int BATCH = 64;
    /** A pass stops after this many failures in a row: the service is down or refusing, not one file. */
    private static final int FAILURES_IN_A_ROW = 3;

    private final IdentityStore store;
    private final IdentifySettings settings;
    private final Clock clock;
    private final Identifier identifier;
    private volatile boolean stopped;

    public IdentificationQueue(IdentityStore store, IdentifySettings settings, Clock clock) {
        this(store, settings, clock, settings.enabled() ? identifier(store, settings, clock) : null);
    }

    private IdentificationQueue(IdentityStore store, IdentifySettings settings, Clock clock, Identifier identifier) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
        this.identifier = identifier;
    }

    private static Identifier identifier(IdentityStore store, IdentifySettings settings, Clock clock) {
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(settings.requestTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        return new Identifier(
                store, new AcoustIdClient(http, settings), new MusicBrainzClient(http, settings), settings, clock);
    }

    /**
     * Another queue on the same catalogue that sends through this one's service gates, so that the rate
     * limits hold across both (a queue of its own would start with open gates); it stops on its own.
     */
    public IdentificationQueue sharingTheServices() {
        return new IdentificationQueue(store, settings, clock, identifier);
    }

    public IdentifySettings settings() {
        return settings;
    }

    /** How many files are due now. */
    public int due() throws CatalogueException {
        return store.dueCount(clock.millis(), refreshBefore());
    }

    /** Asks the pass in progress to stop after the file in flight; safe from any thread. */
    public void stop() {
        stopped = true;
    }

    /**
     * Identifies up to {@code limit} due files, one at a time, and reports. Returns early when stopped,
     * interrupted, after several failures in a row, or when a service asks for a pause longer than a
     * lookup waits in place (the rest stay due for a later pass).
     */
    public IdentifyReport run(int limit, IdentifyListener listener) throws CatalogueException {
        if (identifier == null) {
            return new IdentifyReport(0, 0, 0, 0, due(), null, false, true);
        }
        listener.started(Math.min(limit, due()));
        int matched = 0;
        int noMatch = 0;
        int failed = 0;
        int requests = 0;
        int failuresInARow = 0;
        String stoppedBecause = null;
        boolean interrupted = false;
        long after = 0;
        int done = 0;
        passing:
        while (done < limit && !stopped) {
            List<IdentityQueueItem> batch =
                    store.due(after, Math.min(BATCH, limit - done), clock.millis(), refreshBefore());
            if (batch.isEmpty()) {
                break;
            }
            for (IdentityQueueItem file : batch) {
                if (stopped) {
                    break passing;
                }
                IdentifyResult result;
                try {
                    result = identifier.identify(file);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    interrupted = true;
                    break passing;
                }
                after = file.fileId();
                done++;
                requests += result.requests();
                switch (result.status()) {
                    case IdentityLookup.MATCHED -> matched++;
                    case IdentityLookup.NO_MATCH -> noMatch++;
                    default -> failed++;
                }
                listener.identified(result);
                if (result.servicePause() != null) {
                    // Every later file would wait in the service's gate until the pause is over: stop instead.
                    stoppedBecause = result.error();
                    break passing;
                }
                // An answer shared from the lookup cache says nothing of the service: it leaves the count as it was.
                if (result.requests() > 0) {
                    failuresInARow = result.error() != null ? failuresInARow + 1 : 0;
                }
                if (failuresInARow == FAILURES_IN_A_ROW) {
                    stoppedBecause = FAILURES_IN_A_ROW + " lookups failed in a row, the last: " + result.error();
                    break passing;
                }
            }
        }
        return new IdentifyReport(
                matched, noMatch, failed, requests, due(), stoppedBecause, interrupted || stopped, false);
    }

    private Long refreshBefore() {
        return settings.refreshAfter() == null
                ? null
                : clock.millis() - settings.refreshAfter().toMillis();
    }
}
