package org.audioimport.identify;

import static org.audioimport.identify.IdentifyFixture.groupHeads;
import static org.audioimport.identify.IdentifyFixture.identity;
import static org.audioimport.identify.IdentifyFixture.settings;
import static org.audioimport.identify.IdentifyFixture.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.audioimport.identify.IdentifyFixture.MovableClock;
import org.audioimport.store.Catalogue;
import org.audioimport.store.CatalogueWriter;
import org.audioimport.store.FileIdentity;
import org.audioimport.store.IdentityLookup;
import org.audioimport.store.IdentityStore;
import org.audioimport.testing.FakeIdentityServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A group of copies whose first file is missing from disk (not yet purged) and was never identified: the first
 * copy still there stands for the group, is looked up, and every present copy shows its identity.
 */
class MissingFirstFileIdentityTest {
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

    @Test
    void theFirstCopyStillThereIsLookedUpAndEveryCopyShowsItsIdentity() throws Exception {
        String head = strings(
                        catalogue, "select o.path from file f join file o on o.id = f.duplicate_of order by o.path")
                .get(0);
        List<String> copies = strings(
                catalogue,
                "select f.path from file f join file o on o.id = f.duplicate_of where o.path = '"
                        + head.replace("'", "''") + "'");
        try (CatalogueWriter writer = CatalogueWriter.open(catalogue, Duration.ofSeconds(5))) {
            long scan = writer.startScan(List.of(dir), clock.millis());
            writer.markMissing(scan, List.of(head), clock.millis());
        }
        IdentificationQueue queue = new IdentificationQueue(store, settings(services, TIMEOUT), clock);

        int due = queue.due();
        queue.run(Integer.MAX_VALUE, IdentifyListener.NONE);

        assertEquals(heads.size(), due, "the missing first file drops out, its first present copy takes its place");
        FileIdentity first = identity(catalogue, copies.get(0));
        assertEquals(IdentityLookup.MATCHED, first.status(), copies.get(0));
        for (String copy : copies) {
            assertEquals(first.lookup(), identity(catalogue, copy).lookup(), copy);
        }
        assertEquals(0, queue.due(), "nothing is due once the group is identified");
    }
}
