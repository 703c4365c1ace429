package org.audioimport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.audioimport.testing.FakeIdentityServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With an AcoustID key, the daemon identifies what its scans commit, in the background and under the
 * services' rate limits, against AcoustID and MusicBrainz played by a server on 127.0.0.1.
 */
class DaemonIdentifyTest {
    @Test
    void withAKeyTheDaemonIdentifiesEveryScannedFileUnderTheRateLimits(@TempDir Path dir) throws Exception {
        Path library = Cli.sampleCopy(dir.resolve("library"));
        Path db = dir.resolve("library.db");
        try (FakeIdentityServices services = FakeIdentityServices.start();
                RunningDaemon daemon = RunningDaemon.startInProcess(
                        dir, services.environment(), library.toString(), "--db", db.toString(), "--every", "1d")) {
            daemon.awaitIdleAfter(1);
            List<Long> fingerprinted = fingerprintedFileIds(db);
            assertFalse(fingerprinted.isEmpty());

            for (long id : fingerprinted) {
                awaitStatus(daemon, id, "matched");
            }

            IdentifyCommandTest.assertAtMostPerSecond(services.requests(FakeIdentityServices.ACOUSTID), 3);
            IdentifyCommandTest.assertAtMostPerSecond(services.requests(FakeIdentityServices.MUSICBRAINZ), 1);
            assertEquals(1, services.mostInFlight(FakeIdentityServices.ACOUSTID));
            assertEquals(1, services.mostInFlight(FakeIdentityServices.MUSICBRAINZ));
        }
    }

    /** Waits, through the HTTP API, for the file's identity to reach {@code status}. */
    private static void awaitStatus(RunningDaemon daemon, long id, String status) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        String seen = null;
        while (System.nanoTime() < deadline) {
            seen = daemon.getJson("/api/files/" + id)
                    .get("identity")
                    .get("status")
                    .asText();
            if (seen.equals(status)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("file " + id + " is still " + seen + ", not " + status + "; log:\n" + daemon.log());
    }

    private static List<Long> fingerprintedFileIds(Path db) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                ResultSet r = c.createStatement()
                        .executeQuery("select f.id from file f join fingerprint fp on fp.file_id = f.id "
                                + "where fp.chromaprint is not null order by f.id")) {
            List<Long> ids = new ArrayList<>();
            while (r.next()) {
                ids.add(r.getLong(1));
            }
            return ids;
        }
    }
}
