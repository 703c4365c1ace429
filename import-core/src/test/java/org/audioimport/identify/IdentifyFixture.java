package org.audioimport.identify;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.audioimport.store.Catalogue;
import org.audioimport.store.FileIdentity;
import org.audioimport.store.IdentityStore;
import org.audioimport.testing.FakeIdentityServices;
import org.audioimport.testing.SampleCatalogue;
import org.audioimport.testing.SampleLibrary;

/**
 * What the identify tests share: the sample library imported once into a template catalogue, a fresh copy
 * of it per test, settings pointing at the fake services on 127.0.0.1, a clock the test moves, and reads of
 * the catalogue by plain SQL.
 */
final class IdentifyFixture {
    static final String USER_AGENT = IdentifySettings.userAgent("test", "https://example.org/audio-import");

    /**
     * Five recordings of the sample library, one of them with a copy: enough for a pass to go on after a
     * failure, few enough to import quickly.
     */
    private static final List<String> FILES = List.of(
            "The Fixtures/Synthetic Seasons/01 - First Frost.flac",
            "copies/01 - First Frost.mp3",
            "The Fixtures/Synthetic Seasons/03 - April Showers.mp3",
            "The Fixtures/Synthetic Seasons/04 - Long Light.ogg",
            "Other Artist/Split Single/1 - Neon Side.flac",
            "untagged/track 17.flac");

    private IdentifyFixture() {}

    /** Imports those files of the sample library into {@code folder} and returns the template catalogue. */
    static Path template(Path folder) throws Exception {
        Path library = folder.resolve("library");
        for (String file : FILES) {
            Path copy = library.resolve(file);
            Files.createDirectories(copy.getParent());
            Files.copy(SampleLibrary.sample().resolve(file), copy);
        }
        Path template = folder.resolve("template.db");
        SampleCatalogue.importInto(library, template);
        return template;
    }

    /** A copy of the template, opened. */
    static Catalogue copy(Path template, Path folder) throws Exception {
        Path db = folder.resolve("library.db");
        Files.copy(template, db);
        return Catalogue.open(db);
    }

    /** Settings with a key, both services at {@code services}, fast rates, and the given timeout. */
    static IdentifySettings settings(FakeIdentityServices services, Duration timeout) {
        return settings(URI.create(services.url()), URI.create(services.url() + "/"), 0.5, null, timeout);
    }

    static IdentifySettings settings(
            URI acoustid, URI musicbrainz, double minScore, Duration refreshAfter, Duration timeout) {
        return new IdentifySettings(
                "test-client-key",
                acoustid,
                musicbrainz,
                USER_AGENT,
                50,
                50,
                minScore,
                refreshAfter,
                timeout,
                IdentifySettings.RETRY_AFTER_ERROR);
    }

    /** The paths of the files that head their duplicate group and have a fingerprint, by file id. */
    static List<String> groupHeads(Catalogue catalogue) throws SQLException {
        return strings(
                catalogue,
                "select f.path from file f join fingerprint fp on fp.file_id = f.id "
                        + "where f.duplicate_of is null and fp.chromaprint is not null order by f.id");
    }

    static List<String> strings(Catalogue catalogue, String query) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + catalogue.file());
                Statement statement = c.createStatement();
                ResultSet rs = statement.executeQuery(query)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        }
    }

    static void update(Catalogue catalogue, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + catalogue.file());
                Statement statement = c.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    static FileIdentity identity(Catalogue catalogue, String path) throws Exception {
        return new IdentityStore(catalogue)
                .identityOf(path)
                .orElseThrow(() -> new AssertionError("no identity for " + path));
    }

    /** Waits for {@code condition}, failing after a minute. */
    static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("still waiting, after a minute, for " + what);
            }
            Thread.sleep(10);
        }
    }

    /** A clock that stands still until the test moves it. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the identify code reads only millis()");
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
