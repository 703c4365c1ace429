package org.audioimport.store;

import static org.audioimport.store.schema.Tables.FILE;
import static org.audioimport.store.schema.Tables.FINGERPRINT;
import static org.audioimport.store.schema.Tables.FINGERPRINT_TERM;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import org.audioimport.decode.Ticks;
import org.audioimport.fingerprint.Fingerprint;
import org.audioimport.fingerprint.FingerprintOutcome;
import org.audioimport.fingerprint.FingerprintTerms;
import org.audioimport.fingerprint.NoFingerprint;
import org.audioimport.fingerprint.SameRecording;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * A file's fingerprint rows, and the read of the catalogued files that may hold the same recording (the
 * decision is {@link SameRecording}'s). The read runs before the file's transaction; the rows are written
 * inside it.
 */
final class FingerprintRows {
    /** Candidates compared in full, best term overlap first. */
    private static final int CANDIDATES = 8;
    /** Fewer shared terms than this is chance, not a shared recording. */
    private static final int MIN_SHARED_TERMS = 4;

    private FingerprintRows() {}

    /**
     * Where a fingerprint puts its file among the groups of copies: the first file of its recording's
     * group ({@code duplicateOf}; null when there is none, or when it is the file itself), and whether the
     * file still heads the group its copies point at.
     */
    record GroupPlace(Long duplicateOf, boolean headsItsGroup) {
        static final GroupPlace ALONE = new GroupPlace(null, false);
    }

    /**
     * Where this fingerprint's recording puts the file at {@code path}. The fingerprint package decides from
     * the candidates read here; the file itself (when it is being imported again) is never its own
     * duplicate: when its copies still match it, it goes on heading their group.
     */
    static GroupPlace findSameRecording(
            DSLContext sql, String path, FingerprintOutcome outcome, double durationSeconds) {
        if (!(outcome instanceof Fingerprint fingerprint)) {
            return GroupPlace.ALONE;
        }
        List<Integer> terms =
                Arrays.stream(FingerprintTerms.of(fingerprint.raw())).boxed().toList();
        Field<Integer> shared = DSL.count().as("shared");
        var candidates = sql.select(FINGERPRINT_TERM.FILE_ID, shared)
                .from(FINGERPRINT_TERM)
                .join(FILE)
                .on(FILE.ID.eq(FINGERPRINT_TERM.FILE_ID))
                .where(FINGERPRINT_TERM.TERM.in(terms).and(FILE.PATH.ne(path)))
                .groupBy(FINGERPRINT_TERM.FILE_ID)
                .having(DSL.count().ge(MIN_SHARED_TERMS))
                .orderBy(shared.desc())
                .limit(CANDIDATES)
                .fetch(FINGERPRINT_TERM.FILE_ID);
        if (candidates.isEmpty()) {
            return GroupPlace.ALONE;
        }
        List<SameRecording.Candidate> compared = sql.select(
                        FILE.ID, FINGERPRINT.RAW, FILE.DUPLICATE_OF, FILE.DURATION_TICKS)
                .from(FILE)
                .join(FINGERPRINT)
                .on(FINGERPRINT.FILE_ID.eq(FILE.ID))
                .where(FILE.ID.in(candidates).and(FINGERPRINT.RAW.isNotNull()).and(FILE.DURATION_TICKS.isNotNull()))
                .fetch(r -> new SameRecording.Candidate(
                        unpack(r.value2()),
                        r.value4() / (double) Ticks.PER_SECOND,
                        r.value3() != null ? r.value3() : r.value1()));
        OptionalLong group = SameRecording.groupOf(fingerprint, durationSeconds, compared);
        if (group.isEmpty()) {
            return GroupPlace.ALONE;
        }
        // The file may itself be the first of the group (imported again): it is nobody's duplicate.
        Long self = sql.select(FILE.ID).from(FILE).where(FILE.PATH.eq(path)).fetchOne(FILE.ID);
        return self != null && self == group.getAsLong()
                ? new GroupPlace(null, true)
                : new GroupPlace(group.getAsLong(), false);
    }

    /** Removes every fingerprint row of the file, as when it failed on a later scan. */
    static void clear(FileStatements out, Field<Long> fileId) {
        out.add(DSL.deleteFrom(FINGERPRINT_TERM).where(FINGERPRINT_TERM.FILE_ID.eq(fileId)));
        out.add(DSL.deleteFrom(FINGERPRINT).where(FINGERPRINT.FILE_ID.eq(fileId)));
    }

    /** Replaces the file's fingerprint and its index terms. */
    static void write(FileStatements out, Field<Long> fileId, FingerprintOutcome outcome) {
        out.add(DSL.deleteFrom(FINGERPRINT_TERM).where(FINGERPRINT_TERM.FILE_ID.eq(fileId)));
        var row = DSL.insertInto(FINGERPRINT)
                .set(FINGERPRINT.FILE_ID, fileId)
                .set(FINGERPRINT.ALGORITHM_VERSION, outcome.version());
        var values = switch (outcome) {
            case Fingerprint fingerprint ->
                row.set(FINGERPRINT.CHROMAPRINT, fingerprint.compressed())
                        .set(FINGERPRINT.RAW, pack(fingerprint.raw()))
                        .set(FINGERPRINT.DURATION_S, fingerprint.seconds())
                        .set(FINGERPRINT.MISSING_REASON, (String) null);
            case NoFingerprint none ->
                row.set(FINGERPRINT.CHROMAPRINT, (String) null)
                        .set(FINGERPRINT.RAW, (byte[]) null)
                        .set(FINGERPRINT.DURATION_S, none.seconds())
                        .set(FINGERPRINT.MISSING_REASON, none.reason().words());
        };
        out.add(values.onConflict(FINGERPRINT.FILE_ID)
                .doUpdate()
                .set(FINGERPRINT.ALGORITHM_VERSION, DSL.excluded(FINGERPRINT.ALGORITHM_VERSION))
                .set(FINGERPRINT.CHROMAPRINT, DSL.excluded(FINGERPRINT.CHROMAPRINT))
                .set(FINGERPRINT.RAW, DSL.excluded(FINGERPRINT.RAW))
                .set(FINGERPRINT.DURATION_S, DSL.excluded(FINGERPRINT.DURATION_S))
                .set(FINGERPRINT.MISSING_REASON, DSL.excluded(FINGERPRINT.MISSING_REASON)));
        if (outcome instanceof Fingerprint fingerprint) {
            // All the terms (about 1,000) in one statement with one bound value, a JSON array that SQLite
            // unpacks itself: a row per term cost a bind and a step each inside the file's transaction.
            Field<Integer> term = DSL.field(DSL.name("value"), Integer.class);
            out.add(DSL.insertInto(FINGERPRINT_TERM, FINGERPRINT_TERM.TERM, FINGERPRINT_TERM.FILE_ID)
                    .select(DSL.select(term, fileId)
                            .from(DSL.table(
                                    "json_each({0})",
                                    DSL.val(Arrays.toString(FingerprintTerms.of(fingerprint.raw())))))));
        }
    }

    /** Raw items as little-endian uint32, the layout AcoustID tools use. */
    static byte[] pack(int[] raw) {
        ByteBuffer bytes = ByteBuffer.allocate(raw.length * Integer.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asIntBuffer().put(raw);
        return bytes.array();
    }

    static int[] unpack(byte[] bytes) {
        int[] raw = new int[bytes.length / Integer.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(raw);
        return raw;
    }
}
