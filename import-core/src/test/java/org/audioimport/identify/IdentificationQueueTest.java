package org.audioimport.identify;

import static org.audioimport.identify.IdentifyFixture.await;
import static org.audioimport.identify.IdentifyFixture.groupHeads;
import static org.audioimport.identify.IdentifyFixture.identity;
import static org.audioimport.identify.IdentifyFixture.settings;
import static org.audioimport.identify.IdentifyFixture.strings;
import static org.audioimport.identify.IdentifyFixture.update;
import static org.audioimport.testing.FakeIdentityServices.ACOUSTID;
import static org.audioimport.testing.FakeIdentityServices.MUSICBRAINZ;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.audioimport.decode.Ticks;
import org.audioimport.identify.IdentifyFixture.MovableClock;
import org.audioimport.store.Catalogue;
import org.audioimport.store.CatalogueWriter;
import org.audioimport.store.FileIdentity;
import org.audioimport.store.IdentityLookup;
import org.audioimport.store.IdentityRecording;
import org.audioimport.store.IdentityStore;
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

/**
 * The identification queue over a real catalogue of the sample library, against AcoustID and MusicBrainz
 * played by a server on 127.0.0.1: what is asked, what is kept, and what each failure becomes.
 */
class IdentificationQueueTest {
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
    void copyTheCatalogueAndStartTheServices() throws Exception {
        catalogue = IdentifyFixture.copy(template, dir);
        store = new IdentityStore(catalogue);
        services = FakeIdentityServices.start();
        clock = new MovableClock(Instant.now());
        heads = groupHeads(catalogue);
        assertTrue(heads.size() >= 4, "the sample has several recordings: " + heads);
    }

    @AfterEach
    void stopTheServices() {
        services.close();
    }

    @Test
    void matchesEveryDueFileAndKeepsTheRecordingWithItsReleases() throws Exception {
        IdentificationQueue queue = queue(settings(services, TIMEOUT));
        assertEquals(heads.size(), queue.due());

        IdentifyReport report = queue.run(Integer.MAX_VALUE, IdentifyListener.NONE);

        assertEquals(heads.size(), report.matched());
        assertEquals(0, report.stillDue());
        assertEquals(2 * heads.size(), report.requests(), "one AcoustID and one MusicBrainz request per recording");
        assertNull(report.stoppedBecause());
        for (String path : heads) {
            FileIdentity identity = identity(catalogue, path);
            assertEquals(IdentityLookup.MATCHED, identity.status(), path);
            IdentityRecording recording = identity.recording();
            assertEquals(identity.lookup().recordingMbid(), recording.mbid());
            assertEquals(
                    FakeIdentityServices.uuid("track:" + recording.mbid()),
                    identity.lookup().acoustidId());
            assertEquals(0.952, identity.lookup().score());
            assertEquals("The Fixtures feat. Sine", recording.artistCredit(), "the credited names and join phrases");
            assertEquals(8000L, recording.lengthMs());
            assertEquals("Recording " + recording.mbid().substring(0, 8), recording.title());
            assertEquals(2, recording.releases().size());
            IdentityRecording.Release album = recording.releases().get(0);
            assertEquals("Synthetic Seasons", album.title());
            assertEquals("2024-03-01", album.date());
            assertEquals("GB", album.country());
            assertEquals(1, album.trackPosition(), "the position of the recording's track");
            assertEquals(7, recording.releases().get(1).trackPosition(), "no track listed: the offset 6, plus 1");
        }
    }

    @Test
    void aCopyShowsTheIdentityOfTheFirstFileOfItsGroup() throws Exception {
        List<String> copies = strings(catalogue, "select path from file where duplicate_of is not null");
        assertFalse(copies.isEmpty(), "the sample has copies");

        queue(settings(services, TIMEOUT)).run(Integer.MAX_VALUE, IdentifyListener.NONE);

        for (String copy : copies) {
            String head = strings(
                            catalogue,
                            "select o.path from file f join file o on o.id = f.duplicate_of where f.path = '"
                                    + copy.replace("'", "''") + "'")
                    .get(0);
            assertEquals(
                    identity(catalogue, head).lookup().recordingMbid(),
                    identity(catalogue, copy).lookup().recordingMbid(),
                    copy);
        }
    }

    @Test
    void sendsTheKeyTheDurationAndTheFingerprintAndAsksMusicBrainzForCreditsAndReleases() throws Exception {
        queue(settings(services, TIMEOUT)).run(1, IdentifyListener.NONE);

        Request lookup = services.requests(ACOUSTID).get(0);
        String first = heads.get(0).replace("'", "''");
        String chromaprint = strings(
                        catalogue,
                        "select fp.chromaprint from fingerprint fp join file f on f.id = fp.file_id where f.path = '"
                                + first + "'")
                .get(0);
        long ticks = Long.parseLong(strings(catalogue, "select duration_ticks from file where path = '" + first + "'")
                .get(0));
        assertEquals("test-client-key", lookup.parameters().get("client"));
        assertEquals(chromaprint, lookup.parameters().get("fingerprint"));
        assertEquals(
                Long.toString(Math.round((double) ticks / Ticks.PER_SECOND)),
                lookup.parameters().get("duration"),
                "whole seconds");
        assertEquals("recordings releasegroups", lookup.parameters().get("meta"));
        assertEquals("json", lookup.parameters().get("format"));
        assertEquals(IdentifyFixture.USER_AGENT, lookup.userAgent());
        Request recording = services.requests(MUSICBRAINZ).get(0);
        assertEquals(identity(catalogue, heads.get(0)).recording().mbid(), recording.subject());
        assertEquals("artist-credits releases media", recording.parameters().get("inc"));
        assertEquals("json", recording.parameters().get("fmt"));
        assertEquals(IdentifyFixture.USER_AGENT, recording.userAgent());
    }

    @Test
    void asksAboutARecordingOnceAndAnAnsweredFileNeverAgain() throws Exception {
        services.recordingOf(fingerprint -> FakeIdentityServices.uuid("one recording for all"));
        IdentificationQueue queue = queue(settings(services, TIMEOUT));

        IdentifyReport first = queue.run(Integer.MAX_VALUE, IdentifyListener.NONE);
        IdentifyReport again = queue.run(Integer.MAX_VALUE, IdentifyListener.NONE);

        assertEquals(heads.size(), first.matched());
        assertEquals(heads.size(), services.requests(ACOUSTID).size());
        assertEquals(1, services.requests(MUSICBRAINZ).size(), "the recording is kept after its first fetch");
        assertEquals(heads.size() + 1, first.requests());
        assertEquals(0, again.identified());
        assertEquals(heads.size(), services.requests(ACOUSTID).size(), "nothing asked again");
    }

    @Test
    void aFileImportedAgainIsDueAgainAndLinkedToItsKnownLookupWithoutARequest() throws Exception {
        IdentificationQueue queue = queue(settings(services, TIMEOUT));
        queue.run(Integer.MAX_VALUE, IdentifyListener.NONE);
        String changed = heads.get(0);
        update(
                catalogue,
                "update file set updated_at = updated_at + 1 where path = '" + changed.replace("'", "''") + "'");

        assertEquals(
                FileIdentity.PENDING, identity(catalogue, changed).status(), "its identity is of an older version");
        assertEquals(1, queue.due());
        IdentifyReport report = queue.run(Integer.MAX_VALUE, IdentifyListener.NONE);

        assertEquals(1, report.matched());
        assertEquals(0, report.requests(), "the same fingerprint was looked up already");
        assertEquals(IdentityLookup.MATCHED, identity(catalogue, changed).status());
        assertEquals(heads.size(), services.requests(ACOUSTID).size());
    }

    @Test
    void aFingerprintAcoustIdDoesNotKnowIsNoMatchAndMusicBrainzIsNotAsked() throws Exception {
        services.script(ACOUSTID, Answer.NO_MATCH);
        IdentificationQueue queue = queue(settings(services, TIMEOUT));

        IdentifyReport report = queue.run(1, IdentifyListener.NONE);

        assertEquals(1, report.noMatch());
        assertEquals(0, services.requests(MUSICBRAINZ).size());
        FileIdentity identity = identity(catalogue, heads.get(0));
        assertEquals(IdentityLookup.NO_MATCH, identity.status());
        assertNull(identity.lookup().acoustidId());
        assertNull(identity.recording());
        assertEquals(heads.size() - 1, queue.due(), "an answer without a match is an answer: not due again");
    }

    @Test
    void aResultUnderTheMinimumScoreIsNoMatch() throws Exception {
        IdentificationQueue queue =
                queue(settings(URI.create(services.url()), URI.create(services.url()), 0.96, null, TIMEOUT));

        IdentifyReport report = queue.run(Integer.MAX_VALUE, IdentifyListener.NONE);

        assertEquals(heads.size(), report.noMatch(), "the fixture's best score is 0.952");
        assertEquals(0, services.requests(MUSICBRAINZ).size());
        assertNull(identity(catalogue, heads.get(0)).lookup().recordingMbid());
    }

    @Test
    void anUnknownApiKeyIsAnErrorWithAcoustIdsReasonRetriedTenMinutesLater() throws Exception {
        services.script(ACOUSTID, Answer.INVALID_KEY);
        IdentificationQueue queue = queue(settings(services, TIMEOUT));

        IdentifyReport report = queue.run(1, IdentifyListener.NONE);

        assertEquals(1, report.failed());
        IdentityLookup lookup = identity(catalogue, heads.get(0)).lookup();
        assertEquals(IdentityLookup.ERROR, lookup.status());
        assertEquals("AcoustID refused the lookup: invalid API key (error 4, HTTP 400)", lookup.error());
        assertEquals(1, lookup.failures());
        assertEquals(clock.millis() + Duration.ofMinutes(10).toMillis(), lookup.retryAtMs());
        assertEquals(heads.size() - 1, queue.due(), "not due before its retry time");
        clock.advance(Duration.ofMinutes(10));
        assertEquals(heads.size(), queue.due(), "due again at its retry time");
    }

    @Test
    void eachFailureInARowDoublesTheWaitAndASuccessEndsTheRun() throws Exception {
        services.script(ACOUSTID, Answer.INVALID_KEY, Answer.INVALID_KEY, Answer.INVALID_KEY);
        IdentificationQueue queue = queue(settings(services, TIMEOUT));
        String first = heads.get(0);

        for (int failure = 1; failure <= 3; failure++) {
            long now = clock.millis();
            queue.run(1, IdentifyListener.NONE);
            IdentityLookup lookup = identity(catalogue, first).lookup();
            assertEquals(failure, lookup.failures());
            Duration wait = Duration.ofMinutes(10L << (failure - 1));
            assertEquals(now + wait.toMillis(), lookup.retryAtMs(), "after failure " + failure);
            clock.advance(wait);
        }
        queue.run(1, IdentifyListener.NONE);

        IdentityLookup matched = identity(catalogue, first).lookup();
        assertEquals(IdentityLookup.MATCHED, matched.status());
        assertEquals(0, matched.failures());
        assertNull(matched.error());
        assertNull(matched.retryAtMs());
    }

    @ParameterizedTest(name = "{0} answering {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "acoustid    | SERVER_ERROR         | AcoustID answered HTTP 500",
                "acoustid    | MALFORMED            | AcoustID answered HTTP 200 with malformed JSON",
                "acoustid    | TRUNCATED_JSON       | AcoustID answered HTTP 200 with malformed JSON",
                "acoustid    | NOT_AN_OBJECT        | AcoustID answered HTTP 200 without a JSON object",
                "acoustid    | CUT_SHORT            | AcoustID broke off the answer",
                "acoustid    | INVALID_RECORDING_ID | AcoustID's answer names an invalid recording id 'not-an-mbid'",
                "acoustid    | NO_SCORE             | AcoustID's answer has a result without an id or a score",
                "acoustid    | NOT_FOUND            | AcoustID answered HTTP 404 with status ''",
                "musicbrainz | SERVER_ERROR         | MusicBrainz answered HTTP 500 for recording",
                "musicbrainz | MALFORMED            | MusicBrainz answered malformed JSON",
                "musicbrainz | NOT_AN_OBJECT        | MusicBrainz answered without a JSON object",
                "musicbrainz | NOT_FOUND            | MusicBrainz has no recording",
                "musicbrainz | ANOTHER_RECORDING    | MusicBrainz answered with another recording than",
                "musicbrainz | CUT_SHORT            | MusicBrainz broke off the answer",
            })
    void anAnswerNotAsDocumentedIsAnErrorNamingWhatWasWrong(String service, Answer answer, String reason)
            throws Exception {
        services.script(service, answer);
        IdentificationQueue queue = queue(settings(services, TIMEOUT));

        IdentifyReport report = queue.run(1, IdentifyListener.NONE);

        assertEquals(1, report.failed());
        IdentityLookup lookup = identity(catalogue, heads.get(0)).lookup();
        assertEquals(IdentityLookup.ERROR, lookup.status());
        assertTrue(lookup.error().startsWith(reason), lookup.error());
        assertNotNull(lookup.retryAtMs());
    }

    @Test
    void aServiceTooSlowToAnswerIsAnErrorNamingTheTimeLimit() throws Exception {
        services.script(ACOUSTID, Answer.HANG);
        IdentificationQueue queue = queue(settings(services, Duration.ofSeconds(1)));

        queue.run(1, IdentifyListener.NONE);

        assertEquals(
                "no answer from AcoustID within 1 s",
                identity(catalogue, heads.get(0)).lookup().error());
    }

    @Test
    void aMusicBrainzFailureKeepsAcoustIdsAnswerAndTheRetryAsksOnlyMusicBrainz() throws Exception {
        services.script(MUSICBRAINZ, Answer.NOT_FOUND);
        IdentificationQueue queue = queue(settings(services, TIMEOUT));

        queue.run(1, IdentifyListener.NONE);
        IdentityLookup failed = identity(catalogue, heads.get(0)).lookup();
        clock.advance(Duration.ofMinutes(10));
        IdentifyReport retried = queue.run(1, IdentifyListener.NONE);

        assertEquals(IdentityLookup.ERROR, failed.status());
        assertEquals("MusicBrainz has no recording " + failed.recordingMbid() + " (HTTP 404)", failed.error());
        assertNotNull(failed.acoustidId(), "what AcoustID said is kept");
        assertEquals(1, retried.matched());
        assertEquals(1, retried.requests());
        assertEquals(1, services.requests(ACOUSTID).size());
        assertEquals(2, services.requests(MUSICBRAINZ).size());
        assertEquals(
                failed.recordingMbid(),
                identity(catalogue, heads.get(0)).recording().mbid());
    }

    @Test
    void asksAgainAfterEachServiceSaysToSlowDown() throws Exception {
        services.script(ACOUSTID, Answer.RATE_LIMITED, Answer.TOO_MANY_REQUESTS);
        services.script(MUSICBRAINZ, Answer.RATE_LIMITED);
        IdentificationQueue queue = queue(settings(services, TIMEOUT));

        IdentifyReport report = queue.run(1, IdentifyListener.NONE);

        assertEquals(1, report.matched());
        assertEquals(
                List.of(Answer.RATE_LIMITED, Answer.TOO_MANY_REQUESTS, Answer.OK),
                services.requests(ACOUSTID).stream().map(Request::answer).toList());
        assertEquals(
                List.of(Answer.RATE_LIMITED, Answer.OK),
                services.requests(MUSICBRAINZ).stream().map(Request::answer).toList());
        assertEquals(
                1,
                Set.copyOf(services.requests(ACOUSTID).stream()
                                .map(Request::subject)
                                .toList())
                        .size(),
                "the same fingerprint each time");
    }

    @Test
    void aRetryAfterLongerThanFiveMinutesStopsThePassAndTheFileWaitsThatLong() throws Exception {
        services.script(ACOUSTID, Answer.UNAVAILABLE_FOR_AN_HOUR);
        IdentificationQueue queue = queue(settings(services, TIMEOUT));

        IdentifyReport report = queue.run(Integer.MAX_VALUE, IdentifyListener.NONE);

        assertEquals(1, report.failed());
        assertEquals(0, report.matched());
        assertEquals(1, services.requests(ACOUSTID).size(), "no other file was asked about before the hour");
        assertEquals("AcoustID asked for a pause of 3600 s (HTTP 503, Retry-After)", report.stoppedBecause());
        assertEquals(heads.size() - 1, report.stillDue());
        IdentityLookup lookup = identity(catalogue, heads.get(0)).lookup();
        assertEquals(report.stoppedBecause(), lookup.error());
        assertEquals(clock.millis() + Duration.ofHours(1).toMillis(), lookup.retryAtMs(), "the hour, not 10 minutes");
    }

    @Test
    void threeFailedLookupsInARowStopThePassAndLeaveTheRestDue() throws Exception {
        services.script(ACOUSTID, Answer.SERVER_ERROR, Answer.SERVER_ERROR, Answer.SERVER_ERROR);
        IdentificationQueue queue = queue(settings(services, TIMEOUT));

        IdentifyReport report = queue.run(Integer.MAX_VALUE, IdentifyListener.NONE);

        assertEquals(3, report.failed());
        assertEquals(0, report.matched());
        assertEquals("3 lookups failed in a row, the last: AcoustID answered HTTP 500", report.stoppedBecause());
        assertEquals(heads.size() - 3, report.stillDue());
        assertEquals(3, services.requests(ACOUSTID).size());
    }

    @ParameterizedTest
    @CsvSource({
        "http://127.0.0.1:1, cannot connect to AcoustID at 127.0.0.1: the connection was refused",
        "http://audio-import-test.invalid, cannot connect to AcoustID at audio-import-test.invalid: the host name does not resolve"
    })
    void anUnreachableServiceIsAnErrorNamingWhereAndWhy(String url, String reason) throws Exception {
        IdentificationQueue queue = queue(settings(URI.create(url), URI.create(services.url()), 0.5, null, TIMEOUT));

        IdentifyReport report = queue.run(1, IdentifyListener.NONE);

        assertEquals(1, report.failed());
        String error = identity(catalogue, heads.get(0)).lookup().error();
        assertEquals(reason, error);
    }

    @Test
    void anHttpsUrlOfAServerAnsweringPlainHttpIsATlsError() throws Exception {
        Thread answering;
        try (ServerSocket plain = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            answering = Thread.ofVirtual().start(() -> answerPlainHttp(plain));
            URI https = URI.create("https://127.0.0.1:" + plain.getLocalPort());
            IdentificationQueue queue = queue(settings(https, URI.create(services.url()), 0.5, null, TIMEOUT));

            queue.run(1, IdentifyListener.NONE);
        }
        answering.join();

        String error = identity(catalogue, heads.get(0)).lookup().error();
        assertTrue(error.contains("AcoustID") && error.contains("TLS failure"), error);
    }

    /**
     * What a plain HTTP server says to a TLS handshake, once it has read it, on every connection until the
     * server closes: an HTTP error, then it waits for the client to hang up. Closing first, with part of the
     * handshake still unread, would reset the connection, and the client could lose the answer before it
     * reads it. Every connection, not the first only: a connection the client opened and dropped, or one
     * left from an earlier test on a reused port, must not leave the lookup's own waiting unanswered.
     */
    private static void answerPlainHttp(ServerSocket server) {
        while (!server.isClosed()) {
            try (Socket client = server.accept()) {
                if (client.getInputStream().read(new byte[4096]) > 0) {
                    client.getOutputStream()
                            .write("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n"
                                    .getBytes(StandardCharsets.US_ASCII));
                    // No end of stream before the client's: a client that saw the server's first could report
                    // the hang-up ("received no bytes") rather than the bytes that are no TLS record.
                    client.setSoTimeout(10_000);
                    drain(client);
                }
            } catch (IOException closedOrDropped) {
                // The test closed the server, or a client dropped its connection: on to the next, if any.
            }
        }
    }

    /** Reads until the client hangs up; a client that resets the connection has hung up too. */
    private static void drain(Socket client) {
        try {
            client.getInputStream().readAllBytes();
        } catch (IOException hungUp) {
            // The client aborted its handshake with a reset: nothing more will come.
        }
    }

    @Test
    void withoutAKeyNothingIsSentAndThePassSaysItIsDisabled() throws Exception {
        IdentificationQueue queue = queue(withKeyAndRates(" ", 50));

        IdentifyReport report = queue.run(Integer.MAX_VALUE, IdentifyListener.NONE);

        assertTrue(report.disabled());
        assertEquals(0, report.identified());
        assertEquals(heads.size(), report.stillDue());
        assertEquals(
                0,
                services.requests(ACOUSTID).size()
                        + services.requests(MUSICBRAINZ).size());
    }

    @Test
    void aStopEndsThePassAfterTheFileInFlight() throws Exception {
        IdentificationQueue queue = queue(settings(services, TIMEOUT));
        IdentifyListener stopAfterTheFirst = new IdentifyListener() {
            @Override
            public void identified(IdentifyResult result) {
                queue.stop();
            }
        };

        IdentifyReport report = queue.run(Integer.MAX_VALUE, stopAfterTheFirst);

        assertEquals(1, report.matched());
        assertTrue(report.interrupted());
        assertEquals(heads.size() - 1, report.stillDue());
    }

    @Test
    void theListenerHearsHowManyAreDueThenEachResult() throws Exception {
        IdentificationQueue queue = queue(settings(services, TIMEOUT));
        List<Object> heard = new ArrayList<>();

        queue.run(2, new IdentifyListener() {
            @Override
            public void started(int due) {
                heard.add(due);
            }

            @Override
            public void identified(IdentifyResult result) {
                heard.add(result.file().path() + " " + result.status() + " " + result.requests());
            }
        });

        assertEquals(
                List.of(
                        2,
                        heads.get(0) + " " + IdentityLookup.MATCHED + " 2",
                        heads.get(1) + " " + IdentityLookup.MATCHED + " 2"),
                heard);
    }

    @Test
    void lookupsOlderThanTheRefreshAgeAreMadeAgain() throws Exception {
        IdentificationQueue queue = queue(
                settings(URI.create(services.url()), URI.create(services.url()), 0.5, Duration.ofDays(30), TIMEOUT));
        queue.run(Integer.MAX_VALUE, IdentifyListener.NONE);

        clock.advance(Duration.ofDays(29));
        int dueBeforeTheAge = queue.due();
        clock.advance(Duration.ofDays(2));
        int dueAfterTheAge = queue.due();
        IdentifyReport refreshed = queue.run(Integer.MAX_VALUE, IdentifyListener.NONE);

        assertEquals(0, dueBeforeTheAge);
        assertEquals(heads.size(), dueAfterTheAge);
        assertEquals(heads.size(), refreshed.matched());
        assertEquals(2 * heads.size(), services.requests(ACOUSTID).size());
        assertEquals(2 * heads.size(), services.requests(MUSICBRAINZ).size(), "the recordings grew old too");
        assertEquals(
                clock.millis(), identity(catalogue, heads.get(0)).recording().fetchedAtMs());
    }

    @Test
    void aQueueSharingTheServicesWaitsAtTheirGatesAsTheFirstQueueWould() throws Exception {
        IdentifySettings twoPerSecond = withKeyAndRates("test-client-key", 2);
        IdentificationQueue first = queue(twoPerSecond);
        IdentificationQueue second = first.sharingTheServices();

        first.run(1, IdentifyListener.NONE);
        second.run(1, IdentifyListener.NONE);

        for (String service : List.of(ACOUSTID, MUSICBRAINZ)) {
            List<Request> requests = services.requests(service);
            assertEquals(2, requests.size(), service);
            long gap = requests.get(1).arrivedNanos() - requests.get(0).answeredNanos();
            assertTrue(
                    gap >= Duration.ofMillis(500).toNanos(),
                    service + " asked again " + gap / 1e6 + " ms after its answer, at 2 a second");
        }
    }

    @Test
    void twoFilesWithOneFingerprintShareOneLookupAndItsError() throws Exception {
        sameFingerprintAsTheFirst(heads.get(1));
        services.script(ACOUSTID, Answer.SERVER_ERROR);
        IdentificationQueue queue = queue(settings(services, TIMEOUT));

        IdentifyReport failing = queue.run(2, IdentifyListener.NONE);
        IdentityLookup shared = identity(catalogue, heads.get(1)).lookup();
        clock.advance(Duration.ofMinutes(10));
        IdentifyReport retried = queue.run(2, IdentifyListener.NONE);

        assertEquals(2, failing.failed());
        assertEquals(1, failing.requests(), "the second file shares the first one's error until its retry time");
        assertEquals("AcoustID answered HTTP 500", shared.error());
        assertEquals(2, retried.matched());
        assertEquals(2, retried.requests(), "one lookup and one recording fetch for both files");
        assertEquals(
                identity(catalogue, heads.get(0)).lookup().recordingMbid(),
                identity(catalogue, heads.get(1)).lookup().recordingMbid());
    }

    /** Gives the file at {@code path} the first head's fingerprint and duration, as another group's head. */
    private void sameFingerprintAsTheFirst(String path) throws Exception {
        String first = heads.get(0).replace("'", "''");
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

    private IdentificationQueue queue(IdentifySettings settings) {
        return new IdentificationQueue(store, settings, clock);
    }

    /** The local services, {@code key}, and both services allowed {@code perSecond} requests a second. */
    private IdentifySettings withKeyAndRates(String key, double perSecond) {
        return new IdentifySettings(
                key,
                URI.create(services.url()),
                URI.create(services.url()),
                IdentifyFixture.USER_AGENT,
                perSecond,
                perSecond,
                0.5,
                null,
                TIMEOUT,
                IdentifySettings.RETRY_AFTER_ERROR);
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
        IdentificationQueue queue = queue(settings(services, TIMEOUT));

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
        IdentificationService service =
                new IdentificationService(queue(settings), IdentifyListener.NONE, Duration.ofHours(1));
        service.start();
        await(() -> services.mostInFlight(MUSICBRAINZ) == 1, "AcoustID answered, MusicBrainz asked");

        service.stop(Duration.ZERO);
        assertEquals(1, services.requests(ACOUSTID).size());
        IdentifyReport next = queue(settings).run(1, IdentifyListener.NONE);

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
        sameFingerprintAsTheFirst(heads.get(1));
        services.script(ACOUSTID, Answer.SERVER_ERROR, Answer.SERVER_ERROR, Answer.SERVER_ERROR);
        IdentificationQueue queue = queue(settings(services, TIMEOUT));

        IdentifyReport report = queue.run(Integer.MAX_VALUE, IdentifyListener.NONE);

        assertEquals(
                3,
                services.requests(ACOUSTID).size(),
                "three AcoustID failures with no success between should end the pass");
        assertFalse(report.matched() > 0, "a file was asked about after three failures in a row: " + report);
    }

    /**
     * A group whose first file is missing from disk (not yet purged) and was never identified: the first copy
     * still there stands for the group, is looked up, and every present copy shows its identity.
     */
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
        IdentificationQueue queue = queue(settings(services, TIMEOUT));

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
