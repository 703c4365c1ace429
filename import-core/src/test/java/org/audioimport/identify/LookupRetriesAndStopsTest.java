package org.audioimport.identify;

import static org.audioimport.identify.IdentifyFixture.await;
import static org.audioimport.identify.IdentifyFixture.groupHeads;
import static org.audioimport.identify.IdentifyFixture.settings;
import static org.audioimport.identify.IdentifyFixture.update;
import static org.audioimport.testing.FakeIdentityServices.ACOUSTID;
import static org.audioimport.testing.FakeIdentityServices.MUSICBRAINZ;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.audioimport.identify.IdentifyFixture.MovableClock;
import org.audioimport.store.Catalogue;
import org.audioimport.store.IdentityStore;
import org.audioimport.testing.FakeIdentityServices;
import org.audioimport.testing.FakeIdentityServices.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a lookup gives up, is stopped and counts failures in a row, as docs/identify.md says. */
class LookupRetriesAndStopsTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @TempDir
    static Path shared;

    private static Path template;

    @TempDir
    Path dir;

    private FakeIdentityServices services;
    private Catalogue catalogue;
    private IdentityStore store;
    private MovableClock clock;
    private List<String> heads;

    @BeforeAll
    static void importTheSampleOnce() throws Exception {
        template = IdentifyFixture.template(shared);
    }

    @BeforeEach
    void setUp() throws Exception {
        catalogue = IdentifyFixture.copy(template, dir);
        store = new IdentityStore(catalogue);
        services = FakeIdentityServices.start();
        clock = new MovableClock(Instant.now());
        heads = groupHeads(catalogue);
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    /** "After 5 such answers in a row the lookup counts as failed and is tried again later." */
    @Test
    void fiveSlowDownAnswersInARowFailTheLookup() throws Exception {
        services.script(
                ACOUSTID,
                Answer.RATE_LIMITED,
                Answer.RATE_LIMITED,
                Answer.RATE_LIMITED,
                Answer.RATE_LIMITED,
                Answer.RATE_LIMITED);
        IdentificationQueue queue = new IdentificationQueue(store, settings(services, TIMEOUT), clock);

        IdentifyReport report = queue.run(1, IdentifyListener.NONE);

        assertEquals(5, services.requests(ACOUSTID).size(), "no 6th request after the 5th slow-down");
        assertEquals(1, report.failed());
        assertEquals(0, report.matched());
    }

    /**
     * "A crash, Ctrl-C, a kill or a restart loses at most the request in flight": a stop while MusicBrainz is
     * asked must keep AcoustID's answer, already received, so the next pass asks only MusicBrainz.
     */
    @Test
    void aStopDuringTheMusicBrainzRequestKeepsAcoustIdsAnswer() throws Exception {
        services.script(MUSICBRAINZ, Answer.HANG);
        IdentifySettings settings = settings(services, Duration.ofMinutes(10));
        IdentificationService service = new IdentificationService(
                new IdentificationQueue(store, settings, clock), IdentifyListener.NONE, Duration.ofHours(1));
        service.start();
        await(() -> services.mostInFlight(MUSICBRAINZ) == 1, "AcoustID answered, MusicBrainz asked");

        service.stop(Duration.ZERO);
        assertEquals(1, services.requests(ACOUSTID).size());
        IdentifyReport next = new IdentificationQueue(store, settings, clock).run(1, IdentifyListener.NONE);

        assertEquals(1, next.matched());
        assertEquals(
                1,
                services.requests(ACOUSTID).size(),
                "AcoustID was asked again about a fingerprint it had answered for");
    }

    /**
     * A file that takes another's error from the lookup cache, with no request, says nothing of the service: three
     * failed requests with no success between end the pass, whatever was shared between them.
     */
    @Test
    void aSharedErrorDoesNotResetTheFailuresInARow() throws Exception {
        assertTrue(heads.size() >= 5, heads.toString());
        sameFingerprint(heads.get(1), heads.get(0));
        services.script(ACOUSTID, Answer.SERVER_ERROR, Answer.SERVER_ERROR, Answer.SERVER_ERROR);
        IdentificationQueue queue = new IdentificationQueue(store, settings(services, TIMEOUT), clock);

        IdentifyReport report = queue.run(Integer.MAX_VALUE, IdentifyListener.NONE);

        assertEquals(
                3,
                services.requests(ACOUSTID).size(),
                "three AcoustID failures with no success between should end the pass");
        assertFalse(report.matched() > 0, "a file was asked about after three failures in a row: " + report);
    }

    private void sameFingerprint(String path, String as) throws Exception {
        String first = as.replace("'", "''");
        String other = path.replace("'", "''");
        update(
                catalogue,
                "update fingerprint set chromaprint = (select fp.chromaprint from fingerprint fp join file f "
                        + "on f.id = fp.file_id where f.path = '" + first + "') "
                        + "where file_id = (select id from file where path = '" + other + "')");
        update(
                catalogue,
                "update file set duration_ticks = (select duration_ticks from file where path = '" + first + "') "
                        + "where path = '" + other + "'");
    }
}
