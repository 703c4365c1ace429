package org.audioimport.cli;

import java.time.Clock;
import java.time.Duration;
import org.audioimport.identify.IdentificationQueue;
import org.audioimport.identify.IdentificationService;
import org.audioimport.identify.IdentifyListener;
import org.audioimport.identify.IdentifyReport;
import org.audioimport.identify.IdentifyResult;
import org.audioimport.identify.IdentifySettings;
import org.audioimport.store.Catalogue;
import org.audioimport.store.CatalogueException;
import org.audioimport.store.IdentityLookup;
import org.audioimport.store.IdentityStore;

/**
 * {@code import --identify}: the identification service runs on its own thread beside the import's
 * workers, taking files as their fingerprints commit; once the import is done, the rest of the queue is
 * worked through in the foreground with its own progress bar. The report counts both parts.
 */
final class ImportIdentification implements IdentifyListener {
    /** How often the background service looks for newly committed fingerprints while the import runs. */
    private static final Duration POLL = Duration.ofSeconds(2);

    private final IdentifySettings settings;
    private final IdentificationService background;
    private final IdentificationQueue foreground;
    private int matched;
    private int noMatch;
    private int failed;
    private int requests;

    private ImportIdentification(Catalogue catalogue, IdentifySettings settings) {
        this.settings = settings;
        IdentificationQueue queue = new IdentificationQueue(new IdentityStore(catalogue), settings, Clock.systemUTC());
        this.background = new IdentificationService(queue, this, POLL);
        // The foreground pass goes on through the background's gates: the services never see the handover.
        this.foreground = queue.sharingTheServices();
    }

    /** Starts identifying beside the import. */
    static ImportIdentification start(Catalogue catalogue, IdentifySettings settings) {
        ImportIdentification identification = new ImportIdentification(catalogue, settings);
        identification.background.start();
        return identification;
    }

    @Override
    public synchronized void identified(IdentifyResult result) {
        requests += result.requests();
        switch (result.status()) {
            case IdentityLookup.MATCHED -> matched++;
            case IdentityLookup.NO_MATCH -> noMatch++;
            default -> failed++;
        }
    }

    /** Stops both parts after the file in flight: for Ctrl-C. */
    void stop() {
        foreground.stop();
    }

    /**
     * Stops the background service, then, unless the import was interrupted, identifies what is still due
     * with a progress bar. Returns the report of both parts.
     */
    IdentifyReport finish(boolean interrupted, boolean progressWanted) throws CatalogueException, InterruptedException {
        background.stop(settings.requestTimeout());
        IdentifyReport rest;
        if (interrupted) {
            rest = new IdentifyReport(0, 0, 0, 0, foreground.due(), null, true, false);
        } else {
            IdentifyListener counting = this;
            try (IdentifyProgress progress = new IdentifyProgress(progressWanted, settings.secondsPerFile())) {
                rest = foreground.run(Integer.MAX_VALUE, new IdentifyListener() {
                    @Override
                    public void started(int due) {
                        progress.started(due);
                    }

                    @Override
                    public void identified(IdentifyResult result) {
                        counting.identified(result);
                        progress.identified(result);
                    }
                });
            }
        }
        synchronized (this) {
            return new IdentifyReport(
                    matched,
                    noMatch,
                    failed,
                    requests,
                    rest.stillDue(),
                    rest.stoppedBecause(),
                    rest.interrupted(),
                    false);
        }
    }
}
