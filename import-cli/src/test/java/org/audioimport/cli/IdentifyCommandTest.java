package org.audioimport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.audioimport.testing.FakeIdentityServices;
import org.audioimport.testing.FakeIdentityServices.Answer;
import org.audioimport.testing.FakeIdentityServices.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * {@code identify}, {@code import --identify} and {@code show}'s identity against AcoustID and MusicBrainz
 * played by a server on 127.0.0.1, over a catalogue of the real sample library.
 */
class IdentifyCommandTest {
    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    @TempDir
    static Path shared;

    private static Path library;
    private static Path template;

    @TempDir
    Path dir;

    private FakeIdentityServices services;
    private Path db;

    @BeforeAll
    static void importTheSampleOnce() throws Exception {
        library = Cli.sampleCopy(shared.resolve("library"));
        template = shared.resolve("template.db");
        Cli imported = Cli.run("import", library.toString(), "--db", template.toString(), "--json");
        assertEquals(0, imported.exitCode(), imported.err());
        update(template, "PRAGMA wal_checkpoint(TRUNCATE)");
    }

    @BeforeEach
    void copyTheCatalogueAndStartTheServices() throws Exception {
        db = dir.resolve("library.db");
        Files.copy(template, db);
        services = FakeIdentityServices.start();
    }

    @AfterEach
    void stopTheServices() {
        services.close();
    }

    @Test
    void identifiesEveryFingerprintedFileAndShowsTheIdentityBesideTheTags() throws Exception {
        Cli run = identifyFast();

        assertEquals(0, run.exitCode(), run.err());
        List<String> heads = groupHeadFingerprints();
        assertEquals(heads.size(), run.json().get("matched").asInt());
        assertEquals(0, run.json().get("still_due").asInt());
        for (String path : fingerprintedPaths()) {
            JsonNode identity = show(path).get("identity");
            assertEquals("matched", identity.get("status").asText(), path);
            assertEquals("The Fixtures feat. Sine", identity.get("artist").asText());
            assertEquals(8.0, identity.get("length_s").asDouble());
            assertEquals(0.952, identity.get("score").asDouble());
            assertEquals(2, identity.get("releases").size());
            assertEquals(
                    1, identity.get("releases").get(0).get("track_position").asInt());
            assertEquals("GB", identity.get("releases").get(0).get("country").asText());
            assertEquals(
                    7, identity.get("releases").get(1).get("track_position").asInt(), "track offset 6, plus 1");
        }
        JsonNode firstFrost = show(library.resolve("The Fixtures/Synthetic Seasons/01 - First Frost.flac")
                .toString());
        assertEquals(
                "[\"title\",\"recording_mbid\"]",
                firstFrost.get("identity").get("disagrees_with_tags").toString(),
                "the tags name another title and recording; artist and album agree");
        JsonNode copy =
                show(library.resolve("copies/01 - First Frost.mp3").toString()).get("identity");
        assertEquals(
                firstFrost.get("identity").get("recording_mbid"),
                copy.get("recording_mbid"),
                "a copy takes the identity of its group");
    }

    @Test
    void sendsTheDocumentedParametersAndAUserAgent() throws Exception {
        Cli run = run(
                services.environment(),
                "identify",
                "--db",
                db.toString(),
                "--json",
                "--musicbrainz-rate",
                "50",
                "--limit",
                "1");

        assertEquals(0, run.exitCode(), run.err());
        Request lookup = services.requests(FakeIdentityServices.ACOUSTID).get(0);
        assertEquals("test-client-key", lookup.parameters().get("client"));
        assertEquals("recordings releasegroups", lookup.parameters().get("meta"));
        assertEquals("json", lookup.parameters().get("format"));
        assertTrue(Integer.parseInt(lookup.parameters().get("duration")) > 0);
        assertTrue(lookup.userAgent().matches("audio-import/\\S+ \\( https?://\\S+ \\)"), lookup.userAgent());
        Request recording = services.requests(FakeIdentityServices.MUSICBRAINZ).get(0);
        assertEquals("artist-credits releases media", recording.parameters().get("inc"));
        assertEquals("json", recording.parameters().get("fmt"));
        assertEquals(lookup.userAgent(), recording.userAgent());
    }

    @Test
    void keepsEachServiceUnderItsRateLimitWithOneRequestInFlight() throws Exception {
        Cli run = run(services.environment(), "identify", "--db", db.toString(), "--json");

        assertEquals(0, run.exitCode(), run.err());
        assertDefaultLimitsKept();
    }

    @Test
    void looksUpEachFingerprintAndEachRecordingOnce() throws Exception {
        services.recordingOf(fingerprint -> FakeIdentityServices.uuid("one recording for all"));

        Cli first = identifyFast();
        Cli again = identifyFast();

        assertEquals(0, first.exitCode(), first.err());
        List<String> asked = services.requests(FakeIdentityServices.ACOUSTID).stream()
                .map(Request::subject)
                .toList();
        assertEquals(new TreeSet<>(groupHeadFingerprints()), new TreeSet<>(asked), "every group asked about");
        assertEquals(Set.copyOf(asked).size(), asked.size(), "no fingerprint twice, copies included");
        assertEquals(1, services.requests(FakeIdentityServices.MUSICBRAINZ).size(), "one recording fetched once");
        assertEquals(0, again.exitCode(), again.err());
        assertEquals(0, again.json().get("identified").asInt());
        assertEquals(
                asked.size(), services.requests(FakeIdentityServices.ACOUSTID).size(), "nothing asked again");
    }

    @Test
    void sendsNothingAtAllWithoutAKey() throws Exception {
        Map<String, String> noKey = new HashMap<>(services.environment());
        noKey.remove("AUDIO_IMPORT_ACOUSTID_KEY");

        Cli identify = run(noKey, "identify", "--db", db.toString());
        Cli importing = run(noKey, "import", library.toString(), "--db", db.toString(), "--identify");
        Cli shown = run(noKey, "show", fingerprintedPaths().get(0), "--db", db.toString(), "--json");

        assertEquals(2, identify.exitCode());
        assertTrue(
                identify.err().contains("acoustid_key") && identify.err().contains("AUDIO_IMPORT_ACOUSTID_KEY"),
                identify.err());
        assertEquals(2, importing.exitCode());
        assertEquals("pending", shown.json().get("identity").get("status").asText());
        assertEquals(
                0,
                services.requests(FakeIdentityServices.ACOUSTID).size()
                        + services.requests(FakeIdentityServices.MUSICBRAINZ).size());
    }

    @Test
    void failuresBecomeErrorIdentitiesWithTheirReasonAndAreRetriedLater() throws Exception {
        assertTrue(groupHeadFingerprints().size() >= 9, "the sample has enough recordings for the script");
        services.script(
                FakeIdentityServices.ACOUSTID,
                Answer.MALFORMED,
                Answer.OK,
                Answer.TRUNCATED_JSON,
                Answer.OK,
                Answer.SERVER_ERROR,
                Answer.OK,
                Answer.SLOW,
                Answer.OK,
                Answer.CUT_SHORT);

        Cli failing = run(
                services.environment(),
                "identify",
                "--db",
                db.toString(),
                "--json",
                "--musicbrainz-rate",
                "50",
                "--identify-timeout",
                "1");
        Cli tooEarly = identifyFast();

        assertEquals(1, failing.exitCode(), failing.err());
        assertEquals(5, failing.json().get("errors").asInt());
        List<String> reasons = strings("select error from acoustid_lookup where status = 'error' order by id");
        assertEquals(5, reasons.size());
        assertTrue(reasons.get(0).contains("malformed JSON"), reasons.get(0));
        assertTrue(reasons.get(1).contains("malformed JSON"), reasons.get(1));
        assertTrue(reasons.get(2).contains("HTTP 500"), reasons.get(2));
        assertTrue(reasons.get(3).contains("no answer from AcoustID within 1 s"), reasons.get(3));
        assertTrue(reasons.get(4).contains("AcoustID broke off the answer"), reasons.get(4));
        assertEquals(0, tooEarly.json().get("identified").asInt(), "an error waits for its retry time");

        update(db, "update acoustid_lookup set retry_at = 0 where status = 'error'");
        Cli retried = identifyFast();

        assertEquals(0, retried.exitCode(), retried.err());
        assertEquals(5, retried.json().get("matched").asInt());
        assertEquals(
                0,
                strings("select error from acoustid_lookup where status <> 'matched'")
                        .size());
    }

    @Test
    void aFailedMusicBrainzFetchIsRetriedWithoutAskingAcoustIdAgain() throws Exception {
        services.script(FakeIdentityServices.MUSICBRAINZ, Answer.MALFORMED);

        Cli failing = run(services.environment(), "identify", "--db", db.toString(), "--json", "--limit", "1");
        String error = strings("select error from acoustid_lookup where status = 'error'")
                .get(0);
        update(db, "update acoustid_lookup set retry_at = 0 where status = 'error'");
        Cli retried = run(services.environment(), "identify", "--db", db.toString(), "--json", "--limit", "1");

        assertEquals(1, failing.exitCode(), failing.err());
        assertTrue(error.contains("MusicBrainz answered malformed JSON"), error);
        assertEquals(0, retried.exitCode(), retried.err());
        assertEquals(1, retried.json().get("matched").asInt());
        assertEquals(1, services.requests(FakeIdentityServices.ACOUSTID).size());
        assertEquals(2, services.requests(FakeIdentityServices.MUSICBRAINZ).size());
    }

    @Test
    void backsOffAndHonoursRetryAfterWhenAskedToSlowDown() throws Exception {
        services.script(FakeIdentityServices.ACOUSTID, Answer.UNAVAILABLE, Answer.TOO_MANY_REQUESTS);
        services.script(FakeIdentityServices.MUSICBRAINZ, Answer.UNAVAILABLE);

        Cli run = run(services.environment(), "identify", "--db", db.toString(), "--json", "--limit", "1");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(1, run.json().get("matched").asInt());
        List<Request> lookups = services.requests(FakeIdentityServices.ACOUSTID);
        assertEquals(3, lookups.size());
        assertTrue(lookups.get(1).arrivedNanos() - lookups.get(0).arrivedNanos() >= 2 * SECOND, "Retry-After: 2");
        assertTrue(
                lookups.get(2).arrivedNanos() - lookups.get(1).arrivedNanos() >= 2 * SECOND,
                "the second backoff doubles the first second");
        List<Request> fetches = services.requests(FakeIdentityServices.MUSICBRAINZ);
        assertEquals(2, fetches.size());
        assertTrue(fetches.get(1).arrivedNanos() - fetches.get(0).arrivedNanos() >= 2 * SECOND, "Retry-After: 2");
    }

    @ParameterizedTest
    @CsvSource({
        "http://127.0.0.1:1, cannot connect to AcoustID at 127.0.0.1",
        "http://audio-import-test.invalid, the host name does not resolve"
    })
    void anUnreachableServiceEndsInErrorIdentitiesAndStopsThePass(String url, String reason) throws Exception {
        Map<String, String> unreachable = new HashMap<>(services.environment());
        unreachable.put("AUDIO_IMPORT_ACOUSTID_URL", url);

        Cli run = run(unreachable, "identify", "--db", db.toString(), "--json");

        assertEquals(1, run.exitCode(), run.err());
        assertEquals(3, run.json().get("errors").asInt());
        assertTrue(
                run.json().get("stopped_because").asText().contains(reason),
                run.json().toString());
        String error =
                show(fingerprintedPaths().get(0)).get("identity").get("error").asText();
        assertTrue(error.contains(reason), error);
        assertEquals(
                groupHeadFingerprints().size() - 3, run.json().get("still_due").asInt());
    }

    @Test
    void aKilledRunResumesWithoutRepeatingAnAnsweredLookup() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(
                        ChildJvm.command("identify", "--db", db.toString(), "--no-progress"))
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        builder.environment().putAll(services.environment());
        builder.environment()
                .put("AUDIO_IMPORT_CONFIG", dir.resolve("no-config.properties").toString());
        Process child = builder.start();
        long deadline = System.nanoTime() + 60 * SECOND;
        while (services.requests(FakeIdentityServices.MUSICBRAINZ).size() < 3 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        child.destroyForcibly();
        assertTrue(child.waitFor(15, TimeUnit.SECONDS));
        List<String> answered = strings(
                "select fp.chromaprint from file_identity fi " + "join fingerprint fp on fp.file_id = fi.file_id");
        int askedBeforeTheKill =
                services.requests(FakeIdentityServices.ACOUSTID).size();

        Cli resumed = identifyFast();

        assertEquals(0, resumed.exitCode(), resumed.err());
        assertTrue(
                answered.size() >= 2
                        && askedBeforeTheKill < groupHeadFingerprints().size(),
                "killed mid-queue: " + answered.size() + " answered");
        List<String> askedAfter = services.requests(FakeIdentityServices.ACOUSTID).stream()
                .skip(askedBeforeTheKill)
                .map(Request::subject)
                .toList();
        answered.forEach(fingerprint -> assertTrue(!askedAfter.contains(fingerprint), "answered before the kill"));
        for (String path : fingerprintedPaths()) {
            assertEquals("matched", show(path).get("identity").get("status").asText(), path);
        }
    }

    @Test
    void importWithIdentifyIdentifiesBesideTheImport() throws Exception {
        Path fresh = Cli.sampleCopy(dir.resolve("fresh"));
        Path freshDb = dir.resolve("fresh.db");

        Cli run = run(
                services.environment(),
                "import",
                fresh.toString(),
                "--db",
                freshDb.toString(),
                "--json",
                "--identify",
                "--musicbrainz-rate",
                "50");

        assertEquals(0, run.exitCode(), run.err());
        JsonNode identification = run.json().get("identification");
        assertEquals(
                groupHeadFingerprints().size(), identification.get("matched").asInt(), run.out());
        assertEquals(0, identification.get("still_due").asInt());
    }

    @Test
    void importWithIdentifyKeepsTheRateLimitsWhenTheForegroundTakesOver() throws Exception {
        Path fresh = Cli.sampleCopy(dir.resolve("fresh"));

        Cli run = run(
                services.environment(),
                "import",
                fresh.toString(),
                "--db",
                dir.resolve("fresh.db").toString(),
                "--json",
                "--identify");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(
                groupHeadFingerprints().size(),
                run.json().get("identification").get("matched").asInt(),
                run.out());
        assertDefaultLimitsKept();
    }

    @Test
    void theConfigFileGivesTheKeyBothServicesAndTheContactInTheUserAgent() throws Exception {
        Files.writeString(
                dir.resolve("no-config.properties"),
                String.join(
                        "\n",
                        "acoustid_key = key-from-the-file",
                        "acoustid_url = " + services.url(),
                        "musicbrainz_url = " + services.url() + "/",
                        "identify_contact = mailto:someone@example.org",
                        ""));

        Cli run = run(Map.of(), "identify", "--db", db.toString(), "--json", "--musicbrainz-rate", "50");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(groupHeadFingerprints().size(), run.json().get("matched").asInt());
        Request lookup = services.requests(FakeIdentityServices.ACOUSTID).get(0);
        assertEquals("key-from-the-file", lookup.parameters().get("client"));
        assertTrue(
                lookup.userAgent().matches("audio-import/\\S+ \\( mailto:someone@example\\.org \\)"),
                lookup.userAgent());
        assertEquals(
                lookup.userAgent(),
                services.requests(FakeIdentityServices.MUSICBRAINZ).get(0).userAgent());
    }

    @Test
    void theEnvironmentWinsOverTheConfigFile() throws Exception {
        Files.writeString(
                dir.resolve("no-config.properties"),
                "acoustid_key = key-from-the-file\nacoustid_url = http://127.0.0.1:1\n");

        Cli run = run(services.environment(), "identify", "--db", db.toString(), "--json", "--limit", "1");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(
                "test-client-key",
                services.requests(FakeIdentityServices.ACOUSTID)
                        .get(0)
                        .parameters()
                        .get("client"));
    }

    @Test
    void aMinimumScoreAboveEveryResultLeavesEachFileWithoutAMatchAndAsksMusicBrainzNothing() throws Exception {
        Cli run = run(
                services.environment(), "identify", "--db", db.toString(), "--json", "--identify-min-score", "0.96");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(groupHeadFingerprints().size(), run.json().get("no_match").asInt(), "the best score is 0.952");
        assertEquals(0, services.requests(FakeIdentityServices.MUSICBRAINZ).size());
        JsonNode identity = show(fingerprintedPaths().get(0)).get("identity");
        assertEquals("no_match", identity.get("status").asText());
        assertTrue(identity.get("recording_mbid").isNull(), identity.toString());
    }

    @Test
    void answersOlderThanTheRefreshDaysAreAskedForAgainAndYoungerOnesAreNot() throws Exception {
        Cli first = identifyFast();
        assertEquals(0, first.exitCode(), first.err());
        int heads = groupHeadFingerprints().size();
        long twoDays = TimeUnit.DAYS.toMillis(2);
        update(db, "update acoustid_lookup set looked_up_at = looked_up_at - " + twoDays);
        update(db, "update mb_recording set fetched_at = fetched_at - " + twoDays);

        Cli never = identifyFast();
        Cli young = identifyFast("--identify-refresh-days", "3");
        Cli old = identifyFast("--identify-refresh-days", "1");

        assertEquals(0, never.json().get("identified").asInt(), "by default an answer never grows old");
        assertEquals(0, young.json().get("identified").asInt(), "two days old is younger than three");
        assertEquals(0, old.exitCode(), old.err());
        assertEquals(heads, old.json().get("matched").asInt());
        assertEquals(2 * heads, old.json().get("requests").asInt(), "the lookups and the recordings asked again");
        assertEquals(2 * heads, services.requests(FakeIdentityServices.ACOUSTID).size());
    }

    @Test
    void showPrintsThePendingTheFailedAndTheMatchedIdentityReadably() throws Exception {
        String first = strings("select f.path from file f join fingerprint fp on fp.file_id = f.id "
                        + "where f.duplicate_of is null and fp.chromaprint is not null order by f.id")
                .get(0);
        String pending = showText(first);
        services.script(FakeIdentityServices.ACOUSTID, Answer.INVALID_KEY);
        run(services.environment(), "identify", "--db", db.toString(), "--json", "--limit", "1");
        String failed = showText(first);
        update(db, "update acoustid_lookup set retry_at = 0 where status = 'error'");
        run(services.environment(), "identify", "--db", db.toString(), "--json", "--limit", "1");
        String matched = showText(first);
        JsonNode identity = show(first).get("identity");

        assertTrue(pending.contains("identity:  not looked up yet"), pending);
        assertTrue(
                failed.matches(
                        "(?s).*identity:  lookup failed \\(\\S+\\): AcoustID refused the lookup: invalid API key "
                                + "\\(error 4, HTTP 400\\)\n.*"),
                failed);
        assertTrue(
                matched.contains("identity:  " + identity.get("title").asText()
                        + " by The Fixtures feat. Sine (AcoustID score 0.95)"),
                matched);
        assertTrue(
                matched.contains("recording " + identity.get("recording_mbid").asText() + ", AcoustID "
                        + identity.get("acoustid_id").asText()),
                matched);
        assertTrue(matched.contains("on Synthetic Seasons, 2024-03-01, GB, track 1"), matched);
    }

    @Test
    void importWithIdentifyImportsEverythingWhenTheServicesCannotBeReached() throws Exception {
        Path fresh = Cli.sampleCopy(dir.resolve("fresh"));
        Path freshDb = dir.resolve("fresh.db");
        Map<String, String> unreachable = new HashMap<>(services.environment());
        unreachable.put("AUDIO_IMPORT_ACOUSTID_URL", "http://127.0.0.1:1");

        Cli run = run(unreachable, "import", fresh.toString(), "--db", freshDb.toString(), "--json", "--identify");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(0, run.json().get("failed").asInt());
        assertTrue(run.json().get("imported").asInt() > 0, run.out());
        JsonNode identification = run.json().get("identification");
        assertTrue(identification.get("errors").asInt() >= 3, identification.toString());
        assertTrue(
                identification.get("stopped_because").asText().contains("cannot connect to AcoustID at 127.0.0.1"),
                identification.toString());
    }

    /** AcoustID at most 3 requests a second, MusicBrainz 1, and one request in flight to each. */
    private void assertDefaultLimitsKept() {
        assertAtMostPerSecond(services.requests(FakeIdentityServices.ACOUSTID), 3);
        assertAtMostPerSecond(services.requests(FakeIdentityServices.MUSICBRAINZ), 1);
        assertEquals(1, services.mostInFlight(FakeIdentityServices.ACOUSTID));
        assertEquals(1, services.mostInFlight(FakeIdentityServices.MUSICBRAINZ));
    }

    /** No {@code limit} + 1 requests within a second, as the service counts arrivals. */
    static void assertAtMostPerSecond(List<Request> requests, int limit) {
        for (int k = 0; k + limit < requests.size(); k++) {
            long span = requests.get(k + limit).arrivedNanos() - requests.get(k).arrivedNanos();
            assertTrue(span >= SECOND, (limit + 1) + " requests arrived within " + span / 1e6 + " ms");
        }
    }

    /** {@code identify --json} on the test catalogue, MusicBrainz lifted to 50 a second, plus {@code more}. */
    private Cli identifyFast(String... more) {
        List<String> args =
                new ArrayList<>(List.of("identify", "--db", db.toString(), "--json", "--musicbrainz-rate", "50"));
        args.addAll(List.of(more));
        return run(services.environment(), args.toArray(String[]::new));
    }

    private Cli run(Map<String, String> environment, String... args) {
        Map<String, String> isolated = new HashMap<>(environment);
        isolated.put("AUDIO_IMPORT_CONFIG", dir.resolve("no-config.properties").toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine(ConfigSources.load(isolated, dir));
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int code = commandLine.execute(args);
        return new Cli(code, out.toString(), err.toString());
    }

    private JsonNode show(String path) {
        Cli shown = run(Map.of(), "show", path, "--db", db.toString(), "--json");
        assertEquals(0, shown.exitCode(), shown.err());
        return shown.json();
    }

    private String showText(String path) {
        Cli shown = run(Map.of(), "show", path, "--db", db.toString());
        assertEquals(0, shown.exitCode(), shown.err());
        return shown.out();
    }

    private List<String> groupHeadFingerprints() throws SQLException {
        return strings("select fp.chromaprint from file f join fingerprint fp on fp.file_id = f.id "
                + "where f.duplicate_of is null and fp.chromaprint is not null");
    }

    private List<String> fingerprintedPaths() throws SQLException {
        return strings("select f.path from file f join fingerprint fp on fp.file_id = f.id "
                + "where fp.chromaprint is not null order by f.id");
    }

    private List<String> strings(String query) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement statement = c.createStatement();
                ResultSet rs = statement.executeQuery(query)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        }
    }

    private static void update(Path file, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = c.createStatement()) {
            statement.execute(sql);
        }
    }
}
