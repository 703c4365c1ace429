package org.audioimport.identify;

import static org.audioimport.identify.IdentifyFixture.await;
import static org.audioimport.identify.IdentifyFixture.groupHeads;
import static org.audioimport.identify.IdentifyFixture.identity;
import static org.audioimport.identify.IdentifyFixture.settings;
import static org.audioimport.identify.IdentifyFixture.update;
import static org.audioimport.testing.FakeIdentityServices.ACOUSTID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.audioimport.store.Catalogue;
import org.audioimport.store.CatalogueException;
import org.audioimport.store.FileIdentity;
import org.audioimport.store.IdentityLookup;
import org.audioimport.store.IdentityStore;
import org.audioimport.testing.FakeIdentityServices;
import org.audioimport.testing.FakeIdentityServices.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Identification in the background: its thread, its passes, a wake, and a stop in the middle of a request. */
class IdentificationServiceTest {
    /** Longer than any test: a pass after the first only starts when woken. */
    private static final Duration IDLE = Duration.ofHours(1);

    @TempDir
    static Path shared;

    private static Path template;

    @TempDir
    Path dir;

    private FakeIdentityServices services;
    private Catalogue catalogue;
    private List<String> heads;
    private final List<IdentifyResult> results = new CopyOnWriteArrayList<>();
    private final IdentifyListener listener = new IdentifyListener() {
        @Override
        public void identified(IdentifyResult result) {
            results.add(result);
        }
    };
    private IdentificationService service;

    @BeforeAll
    static void importTheSampleOnce() throws Exception {
        template = IdentifyFixture.template(shared);
    }

    @BeforeEach
    void copyTheCatalogueAndStartTheServices() throws Exception {
        catalogue = IdentifyFixture.copy(template, dir);
        services = FakeIdentityServices.start();
        heads = groupHeads(catalogue);
    }

    @AfterEach
    void stopEverything() throws InterruptedException {
        if (service != null) {
            service.stop(Duration.ofSeconds(30));
        }
        services.close();
    }

    @Test
    void identifiesEveryDueFileOnItsOwnThreadAndEndsWhenStopped() throws Exception {
        IdentificationQueue queue = queue(settings(services, Duration.ofSeconds(10)));
        service = new IdentificationService(queue, listener, IDLE);

        service.start();
        await(() -> results.size() == heads.size(), "every group head identified");

        assertTrue(service.running());
        assertEquals(0, due(queue));
        assertTrue(results.stream().allMatch(r -> r.status().equals(IdentityLookup.MATCHED)), results.toString());
        service.stop(Duration.ofSeconds(30));
        assertFalse(service.running());
    }

    @Test
    void aWakeStartsAPassForTheFilesThatBecameDue() throws Exception {
        IdentificationQueue queue = queue(settings(services, Duration.ofSeconds(10)));
        service = new IdentificationService(queue, listener, IDLE);
        service.start();
        await(() -> results.size() == heads.size(), "the first pass");
        update(catalogue, "update file set updated_at = updated_at + 1");

        service.wake();
        await(() -> results.size() == 2 * heads.size(), "a second pass, started by the wake");

        assertEquals(0, due(queue));
        assertTrue(
                results.subList(heads.size(), results.size()).stream().allMatch(r -> r.requests() == 0),
                "the second pass reuses the lookups");
    }

    @Test
    void aPassStoppedByFailuresLeavesTheServiceRunningAndAWakeGoesOn() throws Exception {
        services.script(ACOUSTID, Answer.SERVER_ERROR, Answer.SERVER_ERROR, Answer.SERVER_ERROR);
        IdentificationQueue queue = queue(settings(services, Duration.ofSeconds(10)));
        service = new IdentificationService(queue, listener, IDLE);
        service.start();
        await(() -> results.size() == 3, "three failed lookups");

        assertTrue(service.running(), "a pass that failed does not end the service");
        service.wake();
        await(() -> results.size() == heads.size(), "the files not yet tried, after the wake");

        assertTrue(
                results.subList(0, 3).stream().allMatch(r -> r.status().equals(IdentityLookup.ERROR)),
                results.toString());
        assertTrue(
                results.subList(3, heads.size()).stream()
                        .allMatch(r -> r.status().equals(IdentityLookup.MATCHED)),
                results.toString());
        assertEquals(0, due(queue), "the three failed ones wait for their retry time");
    }

    @Test
    void aStopDuringARequestAbandonsItAndTheFileStaysDue() throws Exception {
        services.script(ACOUSTID, Answer.HANG);
        IdentificationQueue queue = queue(settings(services, Duration.ofMinutes(10)));
        service = new IdentificationService(queue, listener, IDLE);
        service.start();
        await(() -> services.mostInFlight(ACOUSTID) == 1, "the first request in flight");

        service.stop(Duration.ZERO);

        assertFalse(service.running());
        assertTrue(results.isEmpty(), results.toString());
        assertEquals(heads.size(), due(queue));
        assertEquals(FileIdentity.PENDING, identity(catalogue, heads.get(0)).status());
    }

    @Test
    void withoutAKeyStartStartsNothing() throws Exception {
        IdentifySettings keyless = new IdentifySettings(
                null,
                URI.create(services.url()),
                URI.create(services.url()),
                IdentifyFixture.USER_AGENT,
                50,
                50,
                0.5,
                null,
                Duration.ofSeconds(10),
                IdentifySettings.RETRY_AFTER_ERROR);
        service = new IdentificationService(queue(keyless), listener, IDLE);

        service.start();

        assertFalse(service.running());
        assertEquals(0, services.requests(ACOUSTID).size());
    }

    private IdentificationQueue queue(IdentifySettings settings) {
        return new IdentificationQueue(new IdentityStore(catalogue), settings, Clock.systemUTC());
    }

    private static int due(IdentificationQueue queue) {
        try {
            return queue.due();
        } catch (CatalogueException e) {
            throw new AssertionError(e);
        }
    }
}
