package org.audioimport.identify;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import org.audioimport.decode.Ticks;
import org.audioimport.store.CatalogueException;
import org.audioimport.store.IdentityLookup;
import org.audioimport.store.IdentityQueueItem;
import org.audioimport.store.IdentityRecording;
import org.audioimport.store.IdentityStore;

/**
 * Identifies one file, asking as little as it can: a fingerprint already looked up is linked to that
 * lookup with no request; a lookup whose MusicBrainz fetch failed is retried from its recording id,
 * without asking AcoustID again; a recording already fetched is not fetched again. Each outcome,
 * failures included, is written in one transaction before the next file.
 */
final class Identifier {
    /** A failing lookup is retried at most this far apart. */
    private static final Duration LONGEST_RETRY_WAIT = Duration.ofDays(7);

    private final IdentityStore store;
    private final AcoustIdClient acoustid;
    private final MusicBrainzClient musicbrainz;
    private final IdentifySettings settings;
    private final Clock clock;

    Identifier(
            IdentityStore store,
            AcoustIdClient acoustid,
            MusicBrainzClient musicbrainz,
            IdentifySettings settings,
            Clock clock) {
        this.store = store;
        this.acoustid = acoustid;
        this.musicbrainz = musicbrainz;
        this.settings = settings;
        this.clock = clock;
    }

    IdentifyResult identify(IdentityQueueItem file) throws CatalogueException, InterruptedException {
        long duration = Math.round((double) file.durationTicks() / Ticks.PER_SECOND);
        String key = fingerprintKey(duration, file.chromaprint());
        long now = clock.millis();
        Optional<IdentityLookup> known = store.lookup(key).filter(lookup -> fresh(lookup.lookedUpAtMs(), now));
        if (known.isPresent() && !known.get().failed()) {
            store.record(file, known.get(), null);
            return new IdentifyResult(file, known.get().status(), null, 0);
        }
        if (known.isPresent() && known.get().retryAtMs() != null && known.get().retryAtMs() > now) {
            // The same fingerprint failed for another file moments ago: share its error until its retry time.
            store.record(file, known.get(), null);
            return new IdentifyResult(file, IdentityLookup.ERROR, known.get().error(), 0);
        }
        int requests = 0;
        IdentityLookup answered;
        if (known.isPresent() && known.get().recordingMbid() != null) {
            answered = known.get();
        } else {
            try {
                requests++;
                answered = fromAcoustId(key, acoustid.lookup(file.chromaprint(), duration), file, now);
            } catch (LookupException e) {
                return failed(file, key, known, null, e, requests, now);
            }
            if (!IdentityLookup.MATCHED.equals(answered.status())) {
                store.record(file, answered, null);
                return new IdentifyResult(file, answered.status(), null, requests);
            }
        }
        IdentityRecording fetched = null;
        if (store.recording(answered.recordingMbid())
                .filter(r -> fresh(r.fetchedAtMs(), now))
                .isEmpty()) {
            try {
                requests++;
                fetched = musicbrainz.recording(answered.recordingMbid(), clock.millis());
            } catch (LookupException e) {
                return failed(file, key, known, answered, e, requests, now);
            } catch (InterruptedException e) {
                // Stopped while MusicBrainz was asked: AcoustID's answer is kept, due again at once, so
                // that the next pass asks MusicBrainz only.
                store.record(file, stoppedBeforeMusicBrainz(answered, known, now), null);
                throw e;
            }
        }
        IdentityLookup matched = new IdentityLookup(
                key,
                IdentityLookup.MATCHED,
                answered.acoustidId(),
                answered.score(),
                answered.recordingMbid(),
                answered.acoustidResponse(),
                null,
                0,
                answered.lookedUpAtMs(),
                null);
        store.record(file, matched, fetched);
        return new IdentifyResult(file, IdentityLookup.MATCHED, null, requests);
    }

    private static IdentityLookup stoppedBeforeMusicBrainz(
            IdentityLookup answered, Optional<IdentityLookup> before, long now) {
        return new IdentityLookup(
                answered.fingerprintSha256(),
                IdentityLookup.ERROR,
                answered.acoustidId(),
                answered.score(),
                answered.recordingMbid(),
                answered.acoustidResponse(),
                "stopped before MusicBrainz answered",
                before.filter(IdentityLookup::failed)
                        .map(IdentityLookup::failures)
                        .orElse(0),
                answered.lookedUpAtMs(),
                now);
    }

    private IdentityLookup fromAcoustId(String key, AcoustIdAnswer answer, IdentityQueueItem file, long now) {
        Optional<AcoustIdAnswer.Result> best = answer.best(settings.minScore());
        Optional<String> recording =
                best.flatMap(result -> AcoustIdAnswer.recordingOf(result, file.taggedRecordingId()));
        String status = recording.isPresent() ? IdentityLookup.MATCHED : IdentityLookup.NO_MATCH;
        return new IdentityLookup(
                key,
                status,
                best.map(AcoustIdAnswer.Result::acoustidId).orElse(null),
                best.map(AcoustIdAnswer.Result::score).orElse(null),
                recording.orElse(null),
                answer.raw(),
                null,
                0,
                now,
                null);
    }

    /**
     * Records the failure, keeping what the AcoustID step learnt, and when to try again: not before the
     * pause the service asked for.
     */
    private IdentifyResult failed(
            IdentityQueueItem file,
            String key,
            Optional<IdentityLookup> before,
            IdentityLookup answered,
            LookupException failure,
            int requests,
            long now)
            throws CatalogueException {
        String reason = failure.getMessage();
        int failures = before.filter(IdentityLookup::failed)
                        .map(IdentityLookup::failures)
                        .orElse(0)
                + 1;
        Duration doubled = settings.retryAfterError().multipliedBy(1L << Math.min(failures - 1, 20));
        Duration wait = doubled.compareTo(LONGEST_RETRY_WAIT) > 0 ? LONGEST_RETRY_WAIT : doubled;
        if (failure.servicePause() != null && failure.servicePause().compareTo(wait) > 0) {
            wait = failure.servicePause();
        }
        long retryAt = now + wait.toMillis();
        IdentityLookup error = answered == null
                ? new IdentityLookup(key, IdentityLookup.ERROR, null, null, null, null, reason, failures, now, retryAt)
                : new IdentityLookup(
                        key,
                        IdentityLookup.ERROR,
                        answered.acoustidId(),
                        answered.score(),
                        answered.recordingMbid(),
                        answered.acoustidResponse(),
                        reason,
                        failures,
                        now,
                        retryAt);
        store.record(file, error, null);
        return new IdentifyResult(file, IdentityLookup.ERROR, reason, requests, failure.servicePause());
    }

    private boolean fresh(long atMs, long nowMs) {
        return settings.refreshAfter() == null
                || atMs >= nowMs - settings.refreshAfter().toMillis();
    }

    /** The cache key of a lookup: what is sent, the duration and the fingerprint, hashed. */
    static String fingerprintKey(long durationSeconds, String chromaprint) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of()
                    .formatHex(
                            sha256.digest((durationSeconds + ":" + chromaprint).getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
